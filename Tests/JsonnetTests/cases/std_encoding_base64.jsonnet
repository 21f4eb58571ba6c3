// std.base64 of strings (UTF-8 bytes; every code point must be <= 255) and byte arrays.
{
  empty: std.base64(""),
  one: std.base64("a"),
  two: std.base64("ab"),
  three: std.base64("abc"),
  rfc4648: [std.base64(s) for s in ["f", "fo", "foo", "foob", "fooba", "foobar"]],
  latin1: std.base64("é\u00ff\u0080"),
  nul: std.base64("\u0000"),
  newline: std.base64("line1\nline2"),
  bytes: std.base64([0, 1, 2, 253, 254, 255]),
  emptyBytes: std.base64([]),
  negZero: std.base64([-0]),
  floatWhole: std.base64([65.0, 1e2]),
  allBytes: std.base64(std.range(0, 255)),
  named: std.base64(input="xyz"),
  namedBytes: std.base64(input=[120, 121]),
}
