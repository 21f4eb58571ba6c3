std.length()
