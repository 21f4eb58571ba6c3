local apply(f, xs) = [f(x) for x in xs];
local pipe(fs) = function(x) std.foldl(function(acc, f) f(acc), fs, x);
{
  apply: apply(function(x) x * x, [1, 2, 3]),
  pipe: pipe([function(x) x + 1, function(x) x * 10, std.toString])(4),
  std_funcs_as_values: apply(std.length, ['a', 'bb', []]),
  returns_function: std.type(function() 1),
}
