local f() = 1;
[f(0)]
