std.mergePatch({}, error "patch")
