std.mapWithKey("f", {})
