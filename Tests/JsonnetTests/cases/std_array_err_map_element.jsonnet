std.map(function(x) x + 1, [error "e"])[0]
