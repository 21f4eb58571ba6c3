std.findSubstr("a", error "str")
