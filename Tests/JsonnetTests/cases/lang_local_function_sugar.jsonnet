local add(a, b) = a + b;
local twice(f, x) = f(f(x));
local inc(x) = x + 1;
local noArgs() = 'called';
local withDefault(x, y=10) = x * y;
{
  add: add(2, 3),
  twice: twice(inc, 5),
  noArgs: noArgs(),
  withDefault: [withDefault(2), withDefault(2, 3)],
  sugarEqualsLambda: add(1, 1) == (function(a, b) a + b)(1, 1),
}
