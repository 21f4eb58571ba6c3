std.parseInt(" 1")
