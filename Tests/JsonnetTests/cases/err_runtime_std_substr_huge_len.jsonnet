std.substr('abc', 0, 1e300)
