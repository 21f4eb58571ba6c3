std.length([1], [2])
