{
  foldl_sum: std.foldl(function(acc, x) acc + x, [1, 2, 3, 4], 0),
  foldr_sum: std.foldr(function(x, acc) acc + x, [1, 2, 3, 4], 0),
  foldl_order: std.foldl(function(acc, x) acc + x, ['a', 'b', 'c'], ''),
  foldr_order: std.foldr(function(x, acc) acc + x, ['a', 'b', 'c'], ''),
  foldl_list: std.foldl(function(acc, x) [x] + acc, [1, 2, 3], []),
  foldr_list: std.foldr(function(x, acc) [x] + acc, [1, 2, 3], []),
  empty: [std.foldl(function(a, b) error 'no', [], 'init'), std.foldr(function(a, b) error 'no', [], 'init')],
  foldl_string: std.foldl(function(acc, c) c + acc, 'abc', ''),
}
