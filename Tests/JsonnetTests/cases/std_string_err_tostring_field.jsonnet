std.toString({ a: error "inner" })
