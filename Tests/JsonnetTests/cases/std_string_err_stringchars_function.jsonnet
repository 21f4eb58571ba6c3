std.stringChars(function(x) x)
