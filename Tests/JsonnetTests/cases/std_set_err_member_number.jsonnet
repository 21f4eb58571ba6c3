std.setMember(1, 1)
