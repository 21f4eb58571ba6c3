// std.base64Decode: the decoded bytes read as UTF-8 (each invalid byte -> U+FFFD, as Go does).
{
  empty: std.base64Decode(""),
  rfc4648: [std.base64Decode(s) for s in ["Zg==", "Zm8=", "Zm9v", "Zm9vYg==", "Zm9vYmE=", "Zm9vYmFy"]],
  utf8: std.base64Decode("w6k="),
  invalidByte: std.base64Decode("/w=="),
  invalidLen: std.length(std.base64Decode("8J+Y")),
  emoji: std.base64Decode("8J+YgA=="),
  trailingBits: std.base64Decode("YR=="),
  newlines: std.base64Decode("YQ\n=\n=\n\n"),
  crlf: std.base64Decode("Zm9v\r\nYmFy\r\n"),
  onlyNewlines: std.base64Decode("\n\n\n\n"),
  padThenNewlines: std.base64Decode("YWE=\n\n\n\n"),
  roundTrip: std.base64Decode(std.base64("héllo\u00ff")),
  named: std.base64Decode(str="eHl6"),
}
