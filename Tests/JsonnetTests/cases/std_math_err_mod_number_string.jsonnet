std.mod(1, 'a')
