std.substr("abc", "1", 1)
