// Parameters shadow outer names; defaults are evaluated in the function's scope.
local x = 'outer';
local f(x, y=x + '!') = [x, y];
local g(y=x) = y;
{
  shadow: f('inner'),
  default_uses_outer: g(),
  explicit: f('a', 'b'),
}
