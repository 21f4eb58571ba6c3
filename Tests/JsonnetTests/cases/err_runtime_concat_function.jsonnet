'a' + std.length
