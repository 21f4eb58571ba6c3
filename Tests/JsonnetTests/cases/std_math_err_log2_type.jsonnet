std.log2(true)
