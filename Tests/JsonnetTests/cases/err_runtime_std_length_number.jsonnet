std.length(42)
