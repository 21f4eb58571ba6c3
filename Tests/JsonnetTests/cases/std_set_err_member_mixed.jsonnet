std.setMember(5, [0, 1, 2, "a"])
