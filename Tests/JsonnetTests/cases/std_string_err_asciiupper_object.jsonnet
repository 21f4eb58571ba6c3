std.asciiUpper({ a: 1 })
