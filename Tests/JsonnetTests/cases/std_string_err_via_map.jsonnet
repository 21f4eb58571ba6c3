std.map(function(x) std.startsWith(x, 1), ["a"])
