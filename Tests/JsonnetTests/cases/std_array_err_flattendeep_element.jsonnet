std.flattenDeepArray([[error "x"]])
