std.rad2deg(-1e307)
