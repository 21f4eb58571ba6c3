std.sort(["a", 1])
