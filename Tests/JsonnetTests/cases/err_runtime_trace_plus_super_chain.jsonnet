local a = { v: error 'root' };
local b = a + { v+: 1 };
local c = b + { v: super.v * 2 };
c.v
