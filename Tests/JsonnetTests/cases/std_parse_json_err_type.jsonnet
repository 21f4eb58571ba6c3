std.parseJson(1)
