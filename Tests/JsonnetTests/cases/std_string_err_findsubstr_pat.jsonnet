std.findSubstr(1, error "not evaluated")
