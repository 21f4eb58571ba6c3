std.objectFieldsAll(null)
