std.substr("abc", 1, null)
