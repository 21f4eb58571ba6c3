// std.sha1 takes a string.
std.sha1(null)
