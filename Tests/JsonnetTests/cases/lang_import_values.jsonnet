{
  string: import 'lib/lang_import_string.libsonnet',
  array: import 'lib/lang_import_array.libsonnet',
  concat: (import 'lib/lang_import_array.libsonnet') + [4],
  func: (import 'lib/lang_import_function.libsonnet')(21),
  func_named: (import 'lib/lang_import_function.libsonnet')(y=3, x=5),
}
