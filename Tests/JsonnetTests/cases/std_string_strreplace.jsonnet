{
  basic: std.strReplace("a-b-c", "-", "+"),
  longer: std.strReplace("a-b", "-", "<-->"),
  remove: std.strReplace("aXbXc", "X", ""),
  non_overlapping: std.strReplace("aaaa", "aa", "b"),
  none: std.strReplace("abc", "x", "y"),
  whole: std.strReplace("abc", "abc", ""),
  empty_str: std.strReplace("", "a", "b"),
  unicode: std.strReplace("héllo wörld", "ö", "oe"),
  emoji: std.strReplace("😀a😀", "😀", "é"),
  kmp: std.strReplace("aaabaabaaab", "aab", "X"),
  named: std.strReplace(to="_", from=" ", str="a b c"),
}
