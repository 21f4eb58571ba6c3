std.mergePatch({}, {a: 1, b: error "patch b"})
