std.splitLimit("a", 1, 1)
