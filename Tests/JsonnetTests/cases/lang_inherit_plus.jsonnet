local a = { x: 1, y: 2 };
local b = { y: 20, z: 30 };
{
  plus: a + b,
  reverse: b + a,
  juxtaposition: a { y: 200 },
  juxt_chain: a { y: 3 } { z: 4 },
  empty_left: {} + a,
  empty_right: a + {},
  literal_juxt: { p: 1 } { q: 2 },
}
