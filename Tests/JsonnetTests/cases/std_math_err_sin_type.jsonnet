std.sin('1')
