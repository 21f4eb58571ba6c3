std.join(",", [1, error "x"])
