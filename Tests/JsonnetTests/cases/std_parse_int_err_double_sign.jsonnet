std.parseInt("+-1")
