std.member(1, 1)
