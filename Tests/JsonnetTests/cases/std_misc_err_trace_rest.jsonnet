std.trace("m", error "rest")
