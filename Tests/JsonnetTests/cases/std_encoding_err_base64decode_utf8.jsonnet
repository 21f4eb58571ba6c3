// A non-ASCII byte is reported at its byte offset.
std.base64Decode("YWJj\u00e9\u00e9")
