std.objectHasEx("o", "a", true)
