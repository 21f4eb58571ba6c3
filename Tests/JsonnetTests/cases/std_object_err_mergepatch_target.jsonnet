std.mergePatch(error "target", {a: 1})
