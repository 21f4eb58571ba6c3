{
  ascii: '\u0041\u0062',
  latin: '\u00e9\u00E9',
  cjk: '\u4e2d\u6587',
  nul_len: std.length('\u0000'),
  euro: '\u20ac',
  bmp_max: std.codepoint('\uffff'),
  mixed_case_hex: '\u00Ff' == '\u00fF',
  len: std.length('\u4e2d\u6587'),
}
