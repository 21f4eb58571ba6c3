// std.md5 takes a string.
std.md5(1)
