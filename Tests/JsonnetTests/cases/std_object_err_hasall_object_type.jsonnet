std.objectHasAll([], "a")
