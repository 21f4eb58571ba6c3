// Large precisions show go-jsonnet's floating-point arithmetic.
{
  p15: '%.15f' % 0.1,
  p17: '%.17f' % 0.1,
  p20: '%.20f' % 0.1,
  p25: '%.25f' % 1,
  p30: '%.30f' % 1.5,
  third: '%.10f' % (1 / 3),
  e16: '%f' % 1e16,
  e20: '%.2f' % 1e20,
  e300: '%.2f' % 1e300,
  tiny: '%.10f' % 1e-5,
}
