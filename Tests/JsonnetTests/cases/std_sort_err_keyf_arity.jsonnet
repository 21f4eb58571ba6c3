std.sort([1, 2], keyF=function(x, y) x)
