std.foldr(function(a, b) a, error 'not evaluated')
