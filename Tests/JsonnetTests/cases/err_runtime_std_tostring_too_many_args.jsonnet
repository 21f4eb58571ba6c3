std.toString(1, 2)
