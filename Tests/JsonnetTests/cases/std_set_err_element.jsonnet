std.set([error "element"])
