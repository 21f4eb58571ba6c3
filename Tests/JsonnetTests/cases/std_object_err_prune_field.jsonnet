std.prune({a: {b: error "deep"}})
