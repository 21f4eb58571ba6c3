[(function(a, b, b) [a, b])(1, 2, 3), (function(a, b, b) [a, b])(1, 2), (function(a, b, b) [a, b])(1, b=5), std.foldl(function(x, arr, arr) x + arr, [1, 2], 0)]
