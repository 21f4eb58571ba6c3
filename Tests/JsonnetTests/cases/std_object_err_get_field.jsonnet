std.get({a: error "bad field"}, "a")
