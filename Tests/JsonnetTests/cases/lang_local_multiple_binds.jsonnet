local a = 1, b = a + 1, c = b * 10;
local d = 'x', e = d + d;
[a, b, c, d, e]
