local f(a=b, b=1) = a;
local g(x) = y;
f()
