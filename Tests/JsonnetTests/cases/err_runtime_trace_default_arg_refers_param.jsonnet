local f(a, b=a.size) = b;
f({})
