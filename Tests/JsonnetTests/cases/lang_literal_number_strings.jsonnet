// Number to string conversion follows the same formatting as output.
[
  std.toString(1e21),
  std.toString(1e-7),
  std.toString(0.1),
  std.toString(1 / 3),
  std.toString(123456789012345678),
  std.toString(100),
  std.toString(-2.5),
  '' + 1e20,
  '' + 1.0,
  '' + 5e-324,
]
