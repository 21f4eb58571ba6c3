// Juxtaposition and field access bind tighter than binary +.
local a = { x: 1 };
{
  juxt_then_access: a { x: 2 }.x,
  plus_then_access: (a + { x: 3 }).x,
  access_binds_first: 10 + { v: 5 }.v,
  juxt_with_local: a { y: a.x },
  triple_plus: { a: 1 } { a+: 2 } { a+: 3 },
}
