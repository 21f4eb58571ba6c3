std.deg2rad(1e308)
