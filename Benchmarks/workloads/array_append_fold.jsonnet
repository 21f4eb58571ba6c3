// Building an array with `acc + [x]` in a fold (quadratic unless concatenation is lazy).
function(n=200000)
  local arr = std.foldl(function(acc, i) acc + [i * 2], std.range(1, n), []);
  std.length(arr) + arr[n - 1]
