std.format('%d')
