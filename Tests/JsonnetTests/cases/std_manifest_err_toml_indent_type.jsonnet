std.manifestTomlEx(1, 2)
