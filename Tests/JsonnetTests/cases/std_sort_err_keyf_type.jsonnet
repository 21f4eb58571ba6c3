std.sort([], keyF=1)
