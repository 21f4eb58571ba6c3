std.type()
