std.minArray([1, "a"])
