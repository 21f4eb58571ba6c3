// std.base64 takes a string or an array.
std.base64(12)
