std.log2(0)
