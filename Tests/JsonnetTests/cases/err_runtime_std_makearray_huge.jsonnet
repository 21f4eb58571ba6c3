std.makeArray(1e10, function(i) i)
