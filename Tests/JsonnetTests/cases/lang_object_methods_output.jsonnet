// Functions in hidden fields are fine; objects with only hidden fields print as {}.
{
  only_hidden: { f(x):: x, g:: function() 1 },
  count: std.length({ f(x):: x, v: 1 }),
}
