std.toString({ a: error 'inside toString' })
