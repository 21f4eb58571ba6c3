std.substr("abc", 1, -2147483648)
