std.startsWith(["a", "b"], ["a"])
