std.get({a: 1}, "b", error "no default")
