local f(x) = std.sign(x); f(error 'boom')
