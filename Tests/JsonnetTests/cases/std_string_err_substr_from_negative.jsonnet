std.substr("abc", -1, -1.5)
