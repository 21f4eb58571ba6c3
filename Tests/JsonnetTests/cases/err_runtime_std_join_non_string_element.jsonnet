std.join(', ', ['a', 1, 'c'])
