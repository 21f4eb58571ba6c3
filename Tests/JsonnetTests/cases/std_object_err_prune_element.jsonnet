std.prune([1, [error "elem"]])
