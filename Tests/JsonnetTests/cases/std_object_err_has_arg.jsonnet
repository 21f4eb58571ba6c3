std.objectHas({}, error "key")
