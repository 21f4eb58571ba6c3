{
  empty_array: [],
  empty_object: {},
  nested_empty_arrays: [[], [[]]],
  nested_empty_objects: { a: {}, b: { c: {} } },
  array_of_empty_objects: [{}, {}],
  object_only_hidden: { h:: 1 },
  empty_string: '',
}
