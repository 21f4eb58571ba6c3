// Higher-order std functions over 10^6 elements.
local xs = std.range(1, 1000000);
local ys = std.map(function(x) x * 3, xs);
local zs = std.filter(function(x) x % 2 == 0, ys);
std.foldl(function(acc, x) acc + x, zs, 0)
