std.endsWith({ a: 1 }, "a")
