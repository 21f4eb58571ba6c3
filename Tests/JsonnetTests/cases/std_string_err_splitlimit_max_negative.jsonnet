std.splitLimit("a,b", ",", -2)
