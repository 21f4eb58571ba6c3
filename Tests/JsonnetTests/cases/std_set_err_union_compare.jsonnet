std.setUnion([1, "a"], [2])
