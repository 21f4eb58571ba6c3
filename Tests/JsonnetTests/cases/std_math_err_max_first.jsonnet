std.max(null, 1)
