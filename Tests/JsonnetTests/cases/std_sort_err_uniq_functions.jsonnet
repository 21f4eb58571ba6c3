std.uniq([function(x) x, function(x) x])
