// Building an array with `acc + [x]` in a fold (quadratic unless concatenation is lazy).
local arr = std.foldl(function(acc, i) acc + [i * 2], std.range(1, 200000), []);
std.length(arr) + arr[199999]
