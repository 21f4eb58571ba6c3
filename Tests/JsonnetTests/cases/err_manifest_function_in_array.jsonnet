[1, function(x) x, 3]
