std.mapWithKey(error "func", {})
