{
  t: true,
  f: false,
  n: null,
  nested: [true, [false, [null]]],
  not_t: !true,
  types: [std.type(true), std.type(null), std.type(1), std.type('s')],
}
