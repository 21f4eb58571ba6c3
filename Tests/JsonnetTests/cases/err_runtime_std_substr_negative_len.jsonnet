std.substr('abcdef', 1, -2)
