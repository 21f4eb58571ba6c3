{
  // abs is `if n > 0 then n else -n`: abs(0) is -0, abs(-0) is 0.
  abs: [std.abs(x) for x in [0, -0, 1, -1, 2.5, -2.5, 1e300, -1e300, 5e-324, -5e-324]],
  sign: [std.sign(x) for x in [0, -0, 1, -1, 2.5, -2.5, 1e300, -1e300, 5e-324, -5e-324]],
  named: [std.abs(n=-3), std.sign(n=-3)],
}
