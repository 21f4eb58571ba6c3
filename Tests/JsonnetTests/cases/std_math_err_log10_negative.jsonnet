std.log10(-10)
