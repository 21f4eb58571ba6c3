local f(x) = if x > 10 then 'big' else 'small';
{
  arith: 1 + if true then 2 else 3,
  arith_else_extends: if false then 1 else 2 + 3,
  call: [f(5), f(50)],
  field_name: { [if true then 'yes' else 'no']: 1 },
  object_value: { a: if self.b > 0 then 'positive' else 'other', b: 1 },
  as_object: (if true then { x: 1 } else { x: 2 }) + { y: 2 },
}
