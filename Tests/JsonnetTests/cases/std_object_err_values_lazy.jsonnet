std.objectValues({a: 1, b: error "field b"})
