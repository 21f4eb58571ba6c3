{
  lt: [1, 2] < [1, 3],
  lt_prefix: [1, 2] < [1, 2, 0],
  gt: [2] > [1, 100],
  le_equal: [1, 2] <= [1, 2],
  ge_empty: [] >= [],
  empty_lt: [] < [0],
  strings: ['a', 'b'] < ['a', 'c'],
  nested: [[1, 2], 3] < [[1, 3], 0],
  mixed_equal_prefix: ['x', 1] > ['x', 0],
}
