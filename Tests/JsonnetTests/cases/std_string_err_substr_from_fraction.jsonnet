std.substr("abc", 0.5, 1)
