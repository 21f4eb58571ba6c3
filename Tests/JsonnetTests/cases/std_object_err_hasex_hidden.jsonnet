std.objectHasEx({}, "a", null)
