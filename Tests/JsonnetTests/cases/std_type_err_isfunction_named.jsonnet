std.isFunction(x=1)
