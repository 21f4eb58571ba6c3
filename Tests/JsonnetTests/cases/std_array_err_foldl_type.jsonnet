std.foldl(function(a, b) a + b, 1, 0)
