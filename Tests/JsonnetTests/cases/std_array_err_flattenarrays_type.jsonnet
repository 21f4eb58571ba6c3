std.flattenArrays({})
