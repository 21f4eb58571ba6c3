std.prune(error "arg")
