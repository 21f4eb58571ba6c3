std.mod('%5.2f', error 'boom')
