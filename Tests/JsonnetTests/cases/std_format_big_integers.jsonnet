// Integer digits are produced with floating-point % and / like go-jsonnet.
{
  d_1e300: '%d' % 1e300,
  d_neg_1e300: '%d' % -1e300,
  x_1e300: '%x' % 1e300,
  o_1e100: '%o' % 1e100,
  d_max: '%d' % 1.7976931348623157e308,
  d_2pow64: '%d' % 18446744073709551616,
  x_2pow64: '%x' % 18446744073709551616,
  d_1e23: '%d' % 1e23,
  s_1e300: '%s' % 1e300,
}
