std.min(error 'boom', 1)
