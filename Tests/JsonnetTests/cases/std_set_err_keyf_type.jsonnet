std.set([1], 1)
