std.splitLimit("a", "", 1)
