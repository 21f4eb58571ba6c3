local f(x) = x + {
  a: 1,
};
f(1)
