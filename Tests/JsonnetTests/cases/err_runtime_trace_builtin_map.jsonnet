std.map(function(x) 10 / x, [5, 2, 0])
