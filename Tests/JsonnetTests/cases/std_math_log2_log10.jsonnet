local xs = [1, 2, 8, 10, 1000, 1e-300, 1e300, 0.5, 3, 1024, 5e-324, 1.7976931348623157e308];
{
  log2: [std.log2(x) for x in xs],
  log10: [std.log10(x) for x in xs],
  named: [std.log2(x=8), std.log10(x=1000)],
}
