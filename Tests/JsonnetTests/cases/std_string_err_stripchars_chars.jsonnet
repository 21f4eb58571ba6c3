std.stripChars("a", 1)
