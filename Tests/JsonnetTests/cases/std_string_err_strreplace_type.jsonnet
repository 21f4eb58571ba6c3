std.strReplace("a", "a", 1)
