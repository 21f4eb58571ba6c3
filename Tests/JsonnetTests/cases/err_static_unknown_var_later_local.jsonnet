local a = b, c = 1;
local b = 2;
a
