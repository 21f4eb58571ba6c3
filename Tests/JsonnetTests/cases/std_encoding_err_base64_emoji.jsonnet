// A string code point above 255 is rejected (reported as the code point).
std.base64("😀")
