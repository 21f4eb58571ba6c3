{ local f(x) = error 'a', r: f(1) }
