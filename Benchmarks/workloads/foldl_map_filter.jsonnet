// Higher-order std functions over 10^6 elements (`n` is a top-level argument for size sweeps).
function(n=1000000)
  local xs = std.range(1, n);
  local ys = std.map(function(x) x * 3, xs);
  local zs = std.filter(function(x) x % 2 == 0, ys);
  std.foldl(function(acc, x) acc + x, zs, 0)
