std.setUnion([1], [2], 1)
