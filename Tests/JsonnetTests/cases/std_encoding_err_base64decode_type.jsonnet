// std.base64Decode reports itself as base64DecodeBytes.
std.base64Decode([1])
