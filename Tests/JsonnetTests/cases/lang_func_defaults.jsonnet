local f(a, b=a * 2, c=a + b) = [a, b, c];
local g(x=later, later=5) = x;
{
  only_a: f(1),
  a_b: f(1, 10),
  all: f(1, 2, 3),
  default_refs_later_param: g(),
  override_later: g(later=7),
}
