// Combining visibility modifiers with +:.
local base = { h:: { x: 1 }, v: { y: 1 } };
{
  plus_hidden_forced: base + { h+::: { z: 2 } },
  plus_visible_hidden: base + { v+:: { z: 2 } },
  fields: std.objectFieldsAll(base + { n+:: [1] }),
  value_of_new_hidden: (base + { n+:: [1] }).n,
}
