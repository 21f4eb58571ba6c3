std.resolvePath(1, "d")
