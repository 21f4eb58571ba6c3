std.trace(1, 2)
