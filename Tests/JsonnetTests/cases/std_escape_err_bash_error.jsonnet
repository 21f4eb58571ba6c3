std.escapeStringBash(error "arg")
