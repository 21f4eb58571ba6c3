import 'lib/lang_import_nested_outer.libsonnet'
