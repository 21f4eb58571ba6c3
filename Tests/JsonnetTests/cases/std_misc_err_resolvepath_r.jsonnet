std.resolvePath("a/b", {})
