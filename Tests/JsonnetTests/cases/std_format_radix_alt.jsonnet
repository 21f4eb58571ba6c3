// The # flag: 0 prefix for octal (not for zero), 0x/0X for hex (even for zero).
{
  o: '%#o' % 8,
  o_zero: '%#o' % 0,
  o_neg: '%#o' % -8,
  o_neg_frac: '%#o' % -8.5,
  o_prec: '%#.3o|%#.4o|%#.1o' % [8, 8, 8],
  o_zero_pad: '%#05o|%#06o' % [8, 8],
  x: '%#x|%#X' % [255, 255],
  x_zero: '%#x|%#X' % [0, 0],
  x_neg: '%#x|%#X' % [-255, -255],
  x_neg_half: '%#x' % -0.5,
  x_prec: '%#.3x|%#.1x' % [8, 8],
  x_zero_pad: '%#08x|%#08x|%#08X' % [255, -255, 48879],
  x_width: '%#5x|%#-5x|' % [8, 8],
  mixed: '%#-#5o|' % 1,
}
