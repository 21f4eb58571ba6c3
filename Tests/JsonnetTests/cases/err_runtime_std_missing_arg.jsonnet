std.substr("abc", 1)
