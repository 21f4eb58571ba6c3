std.any([function(x) x])
