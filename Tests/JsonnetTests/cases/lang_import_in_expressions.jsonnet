{
  in_array: [import 'lib/lang_import_math.libsonnet'][0].answer,
  plus: (import 'lib/lang_import_math.libsonnet') + { answer: 0 },
  field_access: (import 'lib/lang_import_math.libsonnet').square(3),
  in_comprehension: [(import 'lib/lang_import_math.libsonnet').answer + i for i in [1, 2]],
}
