std.mod(true, 1)
