std.clamp([1], [error 'boom'], 2)
