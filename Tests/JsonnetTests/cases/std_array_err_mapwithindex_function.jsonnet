std.mapWithIndex(1, [1])
