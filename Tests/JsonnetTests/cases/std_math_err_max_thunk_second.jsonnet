std.max(1, error 'boom')
