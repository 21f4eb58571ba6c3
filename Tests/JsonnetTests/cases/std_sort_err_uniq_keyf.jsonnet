std.uniq([1, 2], 1)
