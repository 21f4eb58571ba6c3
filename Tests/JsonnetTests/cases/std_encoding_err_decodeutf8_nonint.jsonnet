// Bytes must be integers.
std.decodeUTF8([1.5])
