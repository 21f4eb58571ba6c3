std.deg2rad('90')
