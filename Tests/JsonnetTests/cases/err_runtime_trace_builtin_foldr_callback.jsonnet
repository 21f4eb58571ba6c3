std.foldr(function(x, acc) if x == 2 then error 'hit two' else acc + x, [1, 2, 3], 0)
