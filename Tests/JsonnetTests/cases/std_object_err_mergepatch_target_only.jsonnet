std.mergePatch({a: error "target a"}, {b: 1})
