local describe(o) = std.objectFields(o) + [std.length(o)];
local modify(o) = o { added: true };
{
  describe: describe({ b: 1, a: 2, h:: 3 }),
  modify: modify({ x: 1 }),
  self_in_arg: modify({ y: self.z, z: 'zz' }),
}
