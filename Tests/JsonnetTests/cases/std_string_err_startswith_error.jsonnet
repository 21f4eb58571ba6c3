std.startsWith(error "a", error "b")
