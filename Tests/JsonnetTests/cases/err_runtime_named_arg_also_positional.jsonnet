local f(a, b) = a;
f(1, a=2)
