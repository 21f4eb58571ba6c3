std.find(function(x) x, [function(x) x])
