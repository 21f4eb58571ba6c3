local f(x) = x;
f == f
