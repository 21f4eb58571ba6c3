std.max(1, [])
