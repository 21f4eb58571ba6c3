std.range('a', 5)
