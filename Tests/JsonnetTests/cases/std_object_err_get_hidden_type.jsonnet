std.get({a: 1}, "a", inc_hidden="yes")
