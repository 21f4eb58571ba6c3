std.objectHas(1, 'a')
