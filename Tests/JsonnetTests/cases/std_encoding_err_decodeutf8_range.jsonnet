// Bytes must be 0..255.
std.decodeUTF8([104, 256])
