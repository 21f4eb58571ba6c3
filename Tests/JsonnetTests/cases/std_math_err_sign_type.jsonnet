std.sign(true)
