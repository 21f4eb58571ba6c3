std.clamp({}, 1, 2)
