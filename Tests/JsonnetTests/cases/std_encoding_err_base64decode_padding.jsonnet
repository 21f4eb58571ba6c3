// Misplaced padding.
std.base64DecodeBytes("YW=j")
