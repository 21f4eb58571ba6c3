// Bytes must be numbers.
std.decodeUTF8([65, null])
