std.asciiLower(["", "A"])
