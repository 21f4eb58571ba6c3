// The length (in bytes) must be a multiple of 4.
std.base64Decode("YWJ")
