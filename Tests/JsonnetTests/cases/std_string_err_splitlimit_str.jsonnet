std.splitLimit(1, ",", 1)
