local x = 1;
local outer = x;
local x = 2;
{
  outer: outer,
  shadowed: x,
  inner: local x = 3; x,
  func: (function(x) x * 100)(4),
  afterFunc: x,
  nested: local x = 5; local y = x; local x = 6; [x, y],
  obj: { local x = 7, v: x },
  compr: [x for x in [8, 9]],
  stillTwo: x,
}
