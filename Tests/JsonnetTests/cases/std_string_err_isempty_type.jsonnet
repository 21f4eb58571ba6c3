std.isEmpty(null)
