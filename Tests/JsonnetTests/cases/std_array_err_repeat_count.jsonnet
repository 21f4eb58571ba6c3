std.repeat("a", 1.5)
