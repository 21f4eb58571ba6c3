std.pow(x=2)
