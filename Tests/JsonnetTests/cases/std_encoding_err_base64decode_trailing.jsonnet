// Data after the padding.
std.base64Decode("YQ==YQ==")
