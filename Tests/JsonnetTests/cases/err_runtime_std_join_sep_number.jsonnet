std.join(0, [[1], [2]])
