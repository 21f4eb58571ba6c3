std.lines(1)
