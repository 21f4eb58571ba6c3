local f(a, b, c) = a;
f()
