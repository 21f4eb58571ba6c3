std.sort([1, error "element"])
