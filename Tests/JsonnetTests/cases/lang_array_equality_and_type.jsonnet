{
  type: std.type([]),
  is_array: [std.isArray([]), std.isArray({}), std.isArray('[]')],
  equal: [1, [2, { a: 3 }]] == [1, [2, { a: 3 }]],
  length_empty: std.length([]),
  self_concat: local x = [1]; x + x == [1, 1],
}
