std.mapWithKey(function(k, v) v + 1, {a: error "value a"})
