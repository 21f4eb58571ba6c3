std.mod(1, error 'boom')
