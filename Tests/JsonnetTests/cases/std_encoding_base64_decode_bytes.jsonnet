// std.base64DecodeBytes: the decoded bytes as numbers.
{
  empty: std.base64DecodeBytes(""),
  bytes: std.base64DecodeBytes("AAEC/f7/"),
  padded1: std.base64DecodeBytes("/w=="),
  padded2: std.base64DecodeBytes("/+8="),
  utf8: std.base64DecodeBytes("w6k="),
  newlines: std.base64DecodeBytes("AA\r\nEC\r\n"),
  all: std.base64DecodeBytes(std.base64(std.range(0, 255))) == std.range(0, 255),
  named: std.base64DecodeBytes(str="eHl6"),
}
