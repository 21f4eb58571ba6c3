std.substr('abcdef', 1.5, 2)
