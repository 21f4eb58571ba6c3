std.asciiLower(true)
