// %c takes a code point (truncated) or a one-character string; precision is ignored.
{
  ascii: '%c%c%c' % [72, 105, 33],
  truncated: '%c|%c' % [65.9, 66.2],
  nul: std.length('%c' % 0),
  snowman: '%c' % 9731,
  astral: '%c' % 119070,
  surrogate: '%c' % 55296,
  max: std.length('%c' % 1114111),
  strings: '%c%c%c' % ['a', 'é', '𝄞'],
  width: '[%5c|%-5c|%05c]' % [65, 65, 65],
  unicode_width: '[%4c]' % '☃',
  prec_ignored: '%.3c' % 'x',
}
