local f(x) = std.isString(x.missing); f({})
