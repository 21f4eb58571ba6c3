std.abs(error 'boom')
