std.flattenArrays([[1], null, [2]])
