// The length is counted in UTF-8 bytes.
std.base64Decode("é")
