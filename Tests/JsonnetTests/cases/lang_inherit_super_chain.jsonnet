local l1 = { v: 1, trail: ['l1'] };
local l2 = l1 + { v: super.v * 10, trail: super.trail + ['l2'] };
local l3 = l2 + { v: super.v + 5, trail: super.trail + ['l3'] };
local l4 = l3 { v: super.v * 2, trail: super.trail + ['l4'] };
{ l1: l1, l2: l2, l3: l3, l4: l4 }
