std.clamp(5, 1, error 'boom')
