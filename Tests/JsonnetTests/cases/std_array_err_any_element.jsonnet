std.any([false, error "x"])
