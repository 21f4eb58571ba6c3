std.parseOctal(error "arg")
