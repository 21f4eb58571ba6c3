{
  ascii: std.stringChars("abc"),
  unicode: std.stringChars("é中😀"),
  empty: std.stringChars(""),
  array: std.stringChars([1, "a", null]),
  lazy_array: std.length(std.stringChars([error "x"])),
  object: std.length(std.stringChars({ a: 1, b: 2, c:: 3 })),
  empty_object: std.stringChars({}),
  function: std.length(std.stringChars(function(x, y) x)),
  named: std.stringChars(str="xy"),
}
