std.clamp(1, 'a', 2)
