std.setMember(error "x", [1])
