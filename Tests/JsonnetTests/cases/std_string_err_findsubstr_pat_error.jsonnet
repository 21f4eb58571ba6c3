std.findSubstr(error "pat", "a")
