std.abs('-1')
