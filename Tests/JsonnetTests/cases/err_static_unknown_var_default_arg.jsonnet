local f(x, y=zeta) = x;
f(1)
