// Asserts of the base are checked with the derived self.
local base = { assert self.x > 0 : 'x must be positive', x: 1 };
{
  ok: base + { x: 5 },
  extra: base + { y: 2 },
}
