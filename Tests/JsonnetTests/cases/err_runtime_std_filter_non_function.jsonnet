std.filter([1], [1])
