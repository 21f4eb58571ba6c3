std.hypot(a=3, b=4)
