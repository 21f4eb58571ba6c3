std.clamp(error 'boom', 1, 2)
