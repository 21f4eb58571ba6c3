std.splitLimit("a", "", -3)
