std.stripChars(1, "a")
