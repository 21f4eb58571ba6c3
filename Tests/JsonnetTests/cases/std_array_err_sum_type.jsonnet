std.sum([1, "a"])
