// Inside an object comprehension, self refers to the resulting object.
local obj = { [k]: std.length(std.objectFields(self)) for k in ['a', 'b', 'c'] };
{
  counts: obj,
  extended: obj + { d: 4 },
  dollar: { outer: { [k]: $.dollar.base + 1 for k in ['x'] }, base: 41 },
}
