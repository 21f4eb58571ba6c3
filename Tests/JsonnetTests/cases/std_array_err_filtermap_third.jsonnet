std.filterMap(function(x) x, function(x) x, "ab")
