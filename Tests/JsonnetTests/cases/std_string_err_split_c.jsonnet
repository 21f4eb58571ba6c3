std.split("a,b", 1)
