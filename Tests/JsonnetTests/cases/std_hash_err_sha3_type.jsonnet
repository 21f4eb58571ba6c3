// std.sha3 takes a string.
std.sha3(true)
