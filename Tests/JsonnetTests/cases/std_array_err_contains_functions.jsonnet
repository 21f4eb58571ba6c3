std.contains([function(x) x], function(x) x)
