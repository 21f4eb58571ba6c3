std.mod(null, error 'boom')
