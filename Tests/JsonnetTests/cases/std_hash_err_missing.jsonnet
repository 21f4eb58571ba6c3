// Missing argument.
std.sha3()
