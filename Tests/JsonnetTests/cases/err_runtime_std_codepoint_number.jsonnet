std.codepoint(65)
