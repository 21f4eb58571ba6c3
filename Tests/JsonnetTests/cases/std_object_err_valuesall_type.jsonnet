std.objectValuesAll([1])
