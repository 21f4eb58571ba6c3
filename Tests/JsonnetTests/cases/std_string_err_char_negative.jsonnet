std.char(-0.5)
