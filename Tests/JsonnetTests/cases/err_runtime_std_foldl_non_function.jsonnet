std.foldl(null, [1, 2], 0)
