{
  hypot: [std.hypot(x, y) for x in [0, -0, 3, -3, 1e300, 1e-300, 5e-324, 1.7976931348623157e308] for y in [0, 4, -4, 1e300, 1e-310]],
  sqrt: [std.sqrt(x) for x in [0, -0, 1, 2, 4, 0.25, 1e-300, 5e-324, 1e300, 1.7976931348623157e308]],
  named: [std.hypot(x=3, y=4), std.hypot(y=4, x=3), std.sqrt(x=9)],
}
