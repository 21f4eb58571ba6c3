{
  main: std.thisFile,
  imported: (import 'lib/lang_import_thisfile.libsonnet').file,
}
