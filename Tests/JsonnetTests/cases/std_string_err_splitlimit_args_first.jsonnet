std.splitLimit(1, error "forced first", 1)
