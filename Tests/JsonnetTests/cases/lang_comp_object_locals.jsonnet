{
  before: { local sq = x * x, [std.toString(x)]: sq for x in [2, 3] },
  after: { [std.toString(x)]: doubled, local doubled = x * 2 for x in [4, 5] },
  two_locals: {
    local a = x + 1,
    local b = a * 10,
    [std.toString(x)]: [a, b]
    for x in [1, 2]
  },
  uses_outer: local prefix = 'p_'; { [prefix + k]: k for k in ['u', 'v'] },
}
