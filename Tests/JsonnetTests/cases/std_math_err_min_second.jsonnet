std.min(1, {})
