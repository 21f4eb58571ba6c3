{
  body_local: [local sq = x * x; sq + 1 for x in [1, 2, 3]],
  shared_outer: local k = 100; [x + k for x in [1, 2]],
  local_func: [local f(y) = y * x; f(10) for x in [1, 2]],
}
