std.parseJson("\"\\x\"")
