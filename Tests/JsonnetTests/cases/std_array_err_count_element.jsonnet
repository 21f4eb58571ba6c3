std.count([error "y"], 1)
