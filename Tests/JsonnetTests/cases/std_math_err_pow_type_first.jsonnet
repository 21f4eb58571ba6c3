std.pow([], true)
