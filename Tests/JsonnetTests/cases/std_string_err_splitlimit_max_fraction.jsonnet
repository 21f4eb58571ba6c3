std.splitLimit("a,b", ",", 1.5)
