// std.sha512 takes a string.
std.sha512({})
