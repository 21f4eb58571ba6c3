std.setMember(1, {a: 1})
