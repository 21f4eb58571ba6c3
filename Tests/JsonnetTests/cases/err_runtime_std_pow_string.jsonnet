std.pow('a', 2)
