std.flatMap(function(x) 1, [1])
