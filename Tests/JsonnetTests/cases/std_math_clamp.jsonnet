{
  numbers: [std.clamp(x, 1, 3) for x in [0, 1, 2, 3, 4, -0, 1.5]],
  inverted: [std.clamp(5, 3, 1), std.clamp(0, 3, 1), std.clamp(2, 3, 1)],
  // Any comparable values work, as in go-jsonnet's Jsonnet definition.
  strings: [std.clamp('b', 'a', 'c'), std.clamp('z', 'a', 'c'), std.clamp('', 'a', 'c')],
  arrays: [std.clamp([2], [1], [3]), std.clamp([0], [1], [3]), std.clamp([1, 2], [1], [1, 3])],
  // maxVal is not evaluated when x < minVal.
  lazy: std.clamp(1, 2, error 'not evaluated'),
  named: [std.clamp(x=5, minVal=1, maxVal=3), std.clamp(maxVal=3, minVal=1, x=-5)],
}
