std.parseHex(error "arg")
