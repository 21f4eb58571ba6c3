std.log10(error 'boom')
