local f(o) = std.objectFieldsAll(o.x); f({})
