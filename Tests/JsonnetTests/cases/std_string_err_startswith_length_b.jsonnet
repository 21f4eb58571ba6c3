std.startsWith("a", null)
