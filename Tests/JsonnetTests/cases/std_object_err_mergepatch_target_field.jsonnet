std.mergePatch({a: error "target a"}, {a: 1})
