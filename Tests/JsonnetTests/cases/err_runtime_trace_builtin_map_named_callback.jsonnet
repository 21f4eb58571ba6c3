local invert(x) = 1 / x;
local xs = std.map(invert, [1, 0]);
xs[1]
