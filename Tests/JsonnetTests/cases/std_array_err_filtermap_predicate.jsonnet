std.filterMap(function(x) 1, function(x) x, [1])
