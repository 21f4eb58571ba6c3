std.parseInt("1_000")
