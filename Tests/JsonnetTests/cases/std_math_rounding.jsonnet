local xs = [0, -0, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 1.5, 2.5, -2.5, -0.4, 0.4, 4503599627370497, -4503599627370497, 1e300, -1e300, 5e-324, -5e-324, 2.7, -2.7];
{
  floor: [std.floor(x) for x in xs],
  ceil: [std.ceil(x) for x in xs],
  round: [std.round(x) for x in xs],
  named: [std.floor(x=1.5), std.ceil(x=1.5), std.round(x=1.5)],
}
