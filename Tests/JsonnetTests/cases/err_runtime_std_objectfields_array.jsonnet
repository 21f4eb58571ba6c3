std.objectFields([1, 2])
