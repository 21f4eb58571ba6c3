std.uniq([error "first", 1])
