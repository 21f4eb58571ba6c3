[{ local f = function(x) error 'a', r: f(1) } for i in [1]]
