std.flatMap(function(x) [x], "ab")
