std.setUnion([error "a"], [error "b"])
