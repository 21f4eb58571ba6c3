// Outside 32 bits: not an integer.
std.decodeUTF8([1e30])
