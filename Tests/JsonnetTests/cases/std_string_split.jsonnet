{
  basic: std.split("a,b,c", ","),
  multi_char: std.split("a::b::", "::"),
  empty: std.split("", ","),
  only_sep: std.split(",", ","),
  adjacent: std.split("a,,b", ","),
  non_overlapping: std.split("aaa", "aa"),
  unicode: std.split("é,中,😀", ","),
  unicode_sep: std.split("a😀b😀c", "😀"),
  none: std.split("abc", "x"),
  named: std.split(c="-", str="x-y"),
}
