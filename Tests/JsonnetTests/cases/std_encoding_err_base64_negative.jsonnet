// Array elements must be 0..255.
std.base64([-1])
