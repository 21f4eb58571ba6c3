std.modulo(1, -0)
