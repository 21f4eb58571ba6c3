std.mergePatch({a: {}}, {a: {b: error "nested"}})
