// String building with `+` in a fold (quadratic unless concatenation is lazy).
function(n=20000)
  local s = std.foldl(function(acc, i) acc + 'x' + i, std.range(1, n), '');
  std.length(s)
