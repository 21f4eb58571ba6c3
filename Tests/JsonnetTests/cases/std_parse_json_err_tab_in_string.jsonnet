std.parseJson("\"a\tb\"")
