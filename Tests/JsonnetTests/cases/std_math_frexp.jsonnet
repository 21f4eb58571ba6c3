local xs = [0, -0, 1, -1, 0.75, -0.75, 3, 1024, 1e300, 1.7976931348623157e308, 2.2250738585072014e-308, 1e-310, 5e-324, -5e-324, 0.1];
{
  mantissa: [std.mantissa(x) for x in xs],
  exponent: [std.exponent(x) for x in xs],
  named: [std.mantissa(x=8), std.exponent(x=8)],
}
