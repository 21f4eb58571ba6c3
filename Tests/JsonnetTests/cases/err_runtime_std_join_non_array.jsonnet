std.join(',', 'abc')
