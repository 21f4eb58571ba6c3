local x = x + 1;
x
