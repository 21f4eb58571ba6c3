// Array elements must be integers.
std.base64([1.5])
