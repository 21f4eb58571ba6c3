std.objectValues(error "arg")
