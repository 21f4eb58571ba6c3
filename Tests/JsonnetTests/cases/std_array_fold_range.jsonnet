{
  foldl: std.foldl(function(acc, x) acc + [x * 2], [1, 2, 3], []),
  foldlString: std.foldl(function(acc, c) c + acc, 'abc', ''),
  foldr: std.foldr(function(x, acc) acc + [x], [1, 2, 3], []),
  foldrString: std.foldr(function(c, acc) acc + c, 'abc', ''),
  foldEmpty: [std.foldl(function(a, b) error 'x', [], 7), std.foldr(function(a, b) error 'x', '', 8)],
  range: std.range(-2, 3),
  rangeEmpty: std.range(3, 2),
  rangeSingle: std.range(5, 5),
  rangeBig: std.range(2147483646, 2147483647),
}
