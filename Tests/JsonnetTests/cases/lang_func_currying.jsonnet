local curry3(f) = function(a) function(b) function(c) f(a, b, c);
local join3(a, b, c) = a + '-' + b + '-' + c;
local c = curry3(join3);
{
  full: c('x')('y')('z'),
  partial: local p = c('p')('q'); [p('1'), p('2')],
  immediate: (function(x) function(y) x * y)(6)(7),
}
