[
  std.toString(1),
  std.toString(1.5),
  std.toString(true),
  std.toString(null),
  std.toString('str'),
  std.toString([1, 'two']),
  std.toString({ k: 'v' }),
  std.toString(''),
  std.toString(-0.5),
]
