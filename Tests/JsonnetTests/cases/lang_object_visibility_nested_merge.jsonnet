// Visibility of a +: field follows the same rules as a plain override.
local base = { cfg:: { x: 1 }, shown: { y: 1 } };
{
  still_hidden: base + { cfg+: { z: 2 } },
  forced: base + { cfg+::: { z: 2 } },
  hide_shown: base + { shown+:: { w: 3 } },
  access_hidden: (base + { cfg+: { z: 2 } }).cfg,
}
