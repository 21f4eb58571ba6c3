std.slice(error "a", error "b", error "c", error "d")
