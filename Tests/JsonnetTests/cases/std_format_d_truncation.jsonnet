// Integer conversions of non-integers: %d/%i/%u truncate toward zero.
{
  d_pos: '%d' % 3.99,
  d_neg: '%d' % -3.99,
  d_neg_half: '%d' % -0.5,
  d_plus_neg_half: '%+d' % -0.5,
  d_neg_zero: '%d' % -0,
  i_frac: '%i' % 12.7,
  u_neg: '%u' % -12.7,
  d_tiny: '%d' % 1e-300,
  d_2pow53: '%d' % 9007199254740993,
  d_1e20: '%d' % 1e20,
  d_neg_1e20: '%d' % -1e20,
  d_1e22: '%d' % 1e22,
}
