std.parseJson("[1, 1e400]")
