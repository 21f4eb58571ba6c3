// String building with `+` in a fold (quadratic unless concatenation is lazy).
local s = std.foldl(function(acc, i) acc + 'x' + i, std.range(1, 20000), '');
std.length(s)
