// Octal truncates, hex floors; negatives keep a minus sign in every radix.
{
  o_neg: '%o' % -8,
  o_neg_frac: '%o' % -7.5,
  o_neg_half: '%o' % -0.5,
  o_pos_frac: '%o' % 8.9,
  x_neg: '%x' % -255,
  x_neg_frac: '%x' % -3.2,
  x_neg_small: '%x' % -0.2,
  x_pos_frac: '%x' % 15.5,
  X_neg: '%X' % -1e-10,
  x_neg_pad: '%08x' % -255,
  x_plus: '%+x|% x|%+o' % [255, 255, 8],
  X_big: '%X' % 1e20,
}
