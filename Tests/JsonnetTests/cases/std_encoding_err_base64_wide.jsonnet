// A string code point above 255 is rejected.
std.base64("ab\u0100c")
