// The exponent is floor(log(x) / log(10)), which lands one low on some powers of ten, and is
// clamped at -308 for subnormal numbers.
{
  thousand: '%e' % 1000,
  e15: '%e' % 1e15,
  e21: '%e' % 1e21,
  e22: '%e' % 1e22,
  e23: '%e' % 1e23,
  e300: '%e' % 1e300,
  near_power: '%e' % 99999999999.99997,
  max: '%e' % 1.7976931348623157e308,
  e_minus_308: '%e' % 1e-308,
  subnormal: ['%e' % x for x in [9e-309, 1.5e-309, 1e-310, 1e-320, 5e-324]],
  neg_subnormal: '%e' % -1e-320,
  small_prec: '%.3e' % 1e-310,
}
