std.map(error "f", [])
