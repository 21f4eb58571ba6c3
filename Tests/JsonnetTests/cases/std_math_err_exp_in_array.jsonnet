[1, std.exp(800), 3]
