std.foldr(function(x) x, [1, 2], 0)
