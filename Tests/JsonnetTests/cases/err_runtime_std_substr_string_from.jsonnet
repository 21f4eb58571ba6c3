std.substr('abc', 'x', 1)
