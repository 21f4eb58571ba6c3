std.isObject(error "not evaluated lazily")
