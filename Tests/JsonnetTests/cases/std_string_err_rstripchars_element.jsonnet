std.rstripChars("abc", ["a", error "element"])
