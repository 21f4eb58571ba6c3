{
  basic: std.findSubstr("ab", "abcabcab"),
  overlapping: std.findSubstr("aa", "aaaa"),
  overlapping3: std.findSubstr("aba", "abababa"),
  none: std.findSubstr("x", "abc"),
  empty_pat: std.findSubstr("", "abc"),
  empty_both: std.findSubstr("", ""),
  longer: std.findSubstr("abcd", "abc"),
  whole: std.findSubstr("abc", "abc"),
  unicode: std.findSubstr("é", "aéé, é"),
  unicode_multi: std.findSubstr("😀b", "a😀b😀b中😀"),
  kmp: std.findSubstr("aab", "aaabaabaaab"),
  named: std.findSubstr(str="a.b.c", pat="."),
}
