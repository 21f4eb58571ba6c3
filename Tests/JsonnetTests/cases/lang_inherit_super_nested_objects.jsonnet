// super in a nested object literal refers to that nested object's own super.
local base = { inner: { v: 1, w: 2 } };
local derived = base + {
  inner+: { v: super.v + 100, sum: super.v + super.w },
};
local derived2 = derived + {
  inner+: { v: super.v * 2 },
};
{ derived: derived, derived2: derived2 }
