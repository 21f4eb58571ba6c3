local f(a) = a;
f(a=1, a=2)
