// %f rounds half away from zero on the double's value times 10^precision.
{
  halves: ['%.0f' % x for x in [0.5, 1.5, 2.5, -2.5, -0.4, 0.49999999999999994]],
  tenths: ['%.1f' % x for x in [0.25, -0.25, 0.35, 0.45, -0.04, 0.05]],
  hundredths: ['%.2f' % x for x in [1.005, 2.675, 0.125, 0.375, 99.995, 0.999]],
  carry: ['%.3f' % x for x in [9.9995, 1.0005, 0.0005]],
  small: ['%.3f' % x for x in [1e-10, -1e-10, 5e-324]],
  zero: ['%f' % x for x in [0, -0]],
  default_prec: '%f' % 3.14159,
  big_2pow52: '%.1f' % 4503599627370495.5,
}
