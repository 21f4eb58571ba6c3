[std.length(true)]
