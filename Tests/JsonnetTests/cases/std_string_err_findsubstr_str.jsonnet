std.findSubstr("a", ["a"])
