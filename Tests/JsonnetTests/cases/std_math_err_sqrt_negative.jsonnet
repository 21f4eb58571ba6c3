std.sqrt(-2)
