std.foldr(function(x, acc) acc, { a: 1 }, 0)
