std.filter(function(x) true, 5)
