std.all([true, true, 1])
