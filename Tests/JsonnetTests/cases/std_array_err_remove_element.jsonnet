std.remove([error "x", 1], 1)
