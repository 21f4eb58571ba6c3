std.char("a")
