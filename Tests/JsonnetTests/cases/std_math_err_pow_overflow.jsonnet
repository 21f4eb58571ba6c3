std.pow(10, 309)
