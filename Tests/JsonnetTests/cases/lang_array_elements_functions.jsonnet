local fs = [function(x) x + 1, function(x) x * 2, function(x) -x];
{
  applied: [f(10) for f in fs],
  direct: fs[1](21),
  count: std.length(fs),
  all_functions: std.map(std.isFunction, fs),
}
