std.substr(12345, 0, 2)
