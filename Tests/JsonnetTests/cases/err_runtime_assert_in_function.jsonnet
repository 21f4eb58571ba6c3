local positive(n) =
  assert n > 0 : "not positive: " + n;
  n;
[positive(1), positive(-2)]
