std.parseJson("\u0001")
