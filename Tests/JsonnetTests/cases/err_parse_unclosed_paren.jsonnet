local y = (1 + 2;
y
