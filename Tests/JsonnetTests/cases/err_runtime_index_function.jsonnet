local f() = 1;
f.x
