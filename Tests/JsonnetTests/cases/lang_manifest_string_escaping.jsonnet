{
  quote: '"',
  backslash: '\\',
  slash: '/',
  controls: '\u0000\u0001\u001f',
  named_controls: '\b\f\n\r\t',
  del: '\u007f',
  c1: '\u0080\u0085\u009f',
  nbsp: '\u00a0',
  unicode: 'héllo ✓ 日本 😀',
  line_sep: '\u2028\u2029',
  bom: '\ufeff',
  lone_ascii: '~',
}
