std.makeArray(2, function(a, b) a)
