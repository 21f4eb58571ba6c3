std.escapeStringPython(error "arg")
