std.setUnion([], 1)
