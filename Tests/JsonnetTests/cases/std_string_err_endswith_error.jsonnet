std.endsWith("a", error "b")
