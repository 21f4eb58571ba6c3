// Imports inside this file are resolved relative to lib/.
local inner = import 'sub/lang_import_nested_inner.libsonnet';
{
  outer: 'outer',
  inner: inner,
  text: importstr 'sub/lang_import_data.txt',
}
