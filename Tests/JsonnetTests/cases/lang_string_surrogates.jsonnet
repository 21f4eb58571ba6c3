// A surrogate pair written as two \u escapes is one code point.
local s = '\ud83d\ude00';
{
  str: s,
  len: std.length(s),
  cp: std.codepoint(s),
  same_as_literal: s == '😀',
  g_clef: '\uD834\uDD1E',
  g_len: std.length('\uD834\uDD1E'),
  char_back: std.char(128512) == s,
}
