std.asciiUpper(["a", error "element"])
