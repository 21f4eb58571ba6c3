std.xor(true, 1)
