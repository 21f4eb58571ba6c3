std.format('%d', [1], 2)
