// Wide fields well within go-jsonnet's stack limit.
{
  width_100: std.length('%100s' % 'x'),
  left_100: std.length('%-100s|' % 'x'),
  zero_100: std.length('%0100d' % 7),
  prec_100: std.length('%.100d' % 7),
  f_prec_80: std.length('%.80f' % 1),
  e_prec_80: std.length('%.80e' % 1),
  star_100: std.length('%*d' % [100, 1]),
}
