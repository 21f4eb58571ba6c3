{
  ints: [std.pow(x, n) for x in [2, -2, 3, -3, 0.5, 10, 1.1, -0.7] for n in [0, 1, 2, 3, -1, -2, 7, 10, 53, -53]],
  fractional: [std.pow(x, n) for x in [2, 10, 0.5, 3.7, 1e-5, 1e100] for n in [0.5, -0.5, 0.25, 1.5, 2.75, -1.3, 0.1, 1 / 3]],
  zero: [std.pow(0, 3), std.pow(-0, 3), std.pow(-0, 2), std.pow(0, 0), std.pow(-0, 0.5), std.pow(0, 1e300)],
  one: [std.pow(1, 1e300), std.pow(-1, 1e300), std.pow(-1, 3), std.pow(-1, -3), std.pow(1, -0.5)],
  huge: [std.pow(0.5, 1e20), std.pow(2, -1074), std.pow(2, -1075), std.pow(-2, -1075), std.pow(3, -680), std.pow(10, 308), std.pow(10, -323), std.pow(1.0000001, 1e9)],
  named: [std.pow(x=2, n=10), std.pow(n=10, x=2)],
}
