std.range(1, 2147483648)
