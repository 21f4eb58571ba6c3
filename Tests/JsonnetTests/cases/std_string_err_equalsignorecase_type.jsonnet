std.equalsIgnoreCase("a", 1)
