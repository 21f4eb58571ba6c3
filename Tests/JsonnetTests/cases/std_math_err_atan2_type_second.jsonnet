std.atan2(1, null)
