// Defaults can be functions or refer to other functions.
local apply(x, f=function(v) v * 2) = f(x);
local withHelper(x, helper=std.toString) = helper(x) + '!';
{
  default_fn: apply(5),
  custom_fn: apply(5, function(v) v + 1),
  std_default: withHelper(42),
  std_named: withHelper(helper=std.length, x='abcd'),
}
