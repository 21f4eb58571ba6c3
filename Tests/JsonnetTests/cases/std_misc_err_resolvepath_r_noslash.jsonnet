std.resolvePath("b", 1)
