std.asciiUpper(function(x) x)
