std.parseJson("{\"a\":1}x")
