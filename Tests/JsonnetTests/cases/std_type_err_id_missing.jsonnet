std.id()
