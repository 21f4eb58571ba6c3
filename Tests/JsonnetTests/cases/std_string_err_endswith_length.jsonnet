std.endsWith("a", true)
