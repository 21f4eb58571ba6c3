std.escapeStringXML(error "arg")
