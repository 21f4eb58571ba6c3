std.mapWithIndex(function(i, x) x, {})
