local makeCounter(start) =
  local step = 2;
  function(n) start + n * step;
local c1 = makeCounter(0);
local c2 = makeCounter(100);
local step = 1000;  // does not affect the captured step
{
  c1: [c1(0), c1(1), c1(5)],
  c2: [c2(0), c2(3)],
}
