// std.sha256 takes a string.
std.sha256(["abc"])
