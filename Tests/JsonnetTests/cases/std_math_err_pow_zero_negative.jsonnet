std.pow(0, -1)
