std.stringChars(error "str")
