std.substr('', -2, 5)
