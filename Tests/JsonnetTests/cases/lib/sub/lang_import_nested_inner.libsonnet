// Relative to lib/sub/: the sibling and the parent folder.
{
  inner: 'inner',
  sibling: importstr 'lang_import_data.txt',
  parent_value: (import '../lang_import_math.libsonnet').answer,
}
