local f(x=error 'no default') = x;
f()
