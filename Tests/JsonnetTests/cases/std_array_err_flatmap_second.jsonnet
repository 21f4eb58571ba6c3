std.flatMap(function(x) x, {})
