std.clamp(3, 2, {})
