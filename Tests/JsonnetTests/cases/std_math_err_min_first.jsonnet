std.min('a', 'b')
