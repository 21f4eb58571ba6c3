std.escapeStringDollars(error "arg")
