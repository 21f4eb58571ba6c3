std.setDiff([2], [1, "a"])
