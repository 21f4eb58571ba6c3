local x = 5;
assert x < 3 : "x must be below 3, got " + x;
x
