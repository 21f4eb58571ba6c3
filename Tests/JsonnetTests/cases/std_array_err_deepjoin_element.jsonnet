std.deepJoin([error "x"])
