// std.base64DecodeBytes takes a string.
std.base64DecodeBytes(null)
