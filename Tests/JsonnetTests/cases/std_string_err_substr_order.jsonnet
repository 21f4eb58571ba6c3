std.substr("abc", -1, "x")
