local xs = [0, -0, 1, -1, 2, -2, 3, -3, 1.5, -1.5, 2.5, -2.5, 3.5, 0.5, 9007199254740992, 9007199254740994, 1e19, -1e19, 9.3e18, -9223372036854775808, 1e300, 5e-324];
{
  isEven: [std.isEven(x) for x in xs],
  isOdd: [std.isOdd(x) for x in xs],
  isInteger: [std.isInteger(x) for x in xs],
  isDecimal: [std.isDecimal(x) for x in xs],
  named: [std.isEven(x=2), std.isOdd(x=2), std.isInteger(x=2), std.isDecimal(x=2)],
}
