std.setDiff([1], [2], function(x) error "key")
