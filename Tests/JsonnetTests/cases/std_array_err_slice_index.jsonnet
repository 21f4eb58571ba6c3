std.slice([1], "a", 1, 1)
