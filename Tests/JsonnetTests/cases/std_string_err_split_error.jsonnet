std.split(error "str", ",")
