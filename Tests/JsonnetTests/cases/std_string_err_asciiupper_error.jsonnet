std.asciiUpper(error "str")
