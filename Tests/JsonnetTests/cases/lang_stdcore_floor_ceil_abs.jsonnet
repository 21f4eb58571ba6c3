{
  floor: [std.floor(1.5), std.floor(-1.5), std.floor(2), std.floor(-0.1)],
  ceil: [std.ceil(1.5), std.ceil(-1.5), std.ceil(2), std.ceil(0.1)],
  abs: [std.abs(-3), std.abs(3), std.abs(-2.5), std.abs(0)],
}
