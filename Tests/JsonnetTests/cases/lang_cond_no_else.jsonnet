{
  missing_else: if false then 'x',
  present: if true then 'x',
  in_array: [if false then 1, if true then 2],
  type: std.type(if false then 1),
  plus: (if false then 1) == null,
}
