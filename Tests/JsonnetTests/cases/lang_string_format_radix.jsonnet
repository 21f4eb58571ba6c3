{
  o: '%o' % 8,
  o_alt: '%#o' % 8,
  x: '%x' % 255,
  X: '%X' % 255,
  x_alt: '%#x' % 255,
  X_alt: '%#X' % 255,
  x_pad: '%08x' % 48879,
  c_num: '%c' % 65,
  c_str: '%c' % 'z',
  c_uni: '%c' % 9731,
  neg_hex: '%x' % -255,
}
