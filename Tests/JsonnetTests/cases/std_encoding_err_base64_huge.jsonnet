// An integer outside 32 bits counts as a non-integer.
std.base64([2147483648])
