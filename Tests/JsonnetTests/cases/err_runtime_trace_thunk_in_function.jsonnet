local f(n) =
  local doubled = n * 2;
  doubled + error 'after doubling';
f(3)
