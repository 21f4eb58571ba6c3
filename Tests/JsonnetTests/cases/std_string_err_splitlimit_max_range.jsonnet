std.splitLimit("a,b", ",", 2147483648)
