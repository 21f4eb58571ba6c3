local xs = [0, -0, 0.5, -0.5, 0.7, 0.7000000000000001, -0.7, 1, -1, 1e-9, 5e-324, 0.9999999999999999, 0.66, 0.6600000000000001];
{
  asin: [std.asin(x) for x in xs],
  acos: [std.acos(x) for x in xs],
  atan: [std.atan(x) for x in xs + [2.414213562373095, 2.4142135623730954, 10, -10, 1e300, -1e300, 1e-300]],
  atan2: [std.atan2(y, x) for y in [0, -0, 1, -1, 5e-324, 1e300] for x in [0, -0, 1, -1, 1e-300, -1e300]],
  named: [std.atan2(y=1, x=2), std.atan2(x=2, y=1), std.asin(x=0.5), std.acos(x=0.5), std.atan(x=0.5)],
}
