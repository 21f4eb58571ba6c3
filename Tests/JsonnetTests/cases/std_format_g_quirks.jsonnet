// go-jsonnet's %g counts the leading "0." digit, uses the same exponent as %e and does not
// treat precision 0 as 1.
{
  third: '%g' % (1 / 3),
  two_thirds: '%g' % (2 / 3),
  million: '%g' % 1000000,
  e15: '%g' % 1e15,
  small_prec: '%.3g' % 0.0001234,
  zero_prec: '%.0g' % 2.5,
  subnormal: ['%g' % 1e-310, '%.3g' % 1e-310, '%g' % -1e-320],
  neg_zero: '%g' % -0,
}
