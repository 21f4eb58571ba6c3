std.makeArray(3, 0)
