std.foldl(function(acc, x) acc * x, [1, 2, 'three'], 1)
