std.mantissa([])
