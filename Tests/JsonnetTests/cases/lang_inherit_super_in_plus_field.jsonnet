// Inside the object of a +: field, super is the inherited value of that field (base.a),
// not the enclosing object's super; an object local can capture the outer super.
local base = { a: { x: 1 }, b: 'B' };
base + {
  local outerB = super.b,
  a+: { innerSuperX: super.x, x: super.x + 1, outer: outerB, has_b: 'b' in super },
  b: super.b + '2',
}
