std.get([], "a")
