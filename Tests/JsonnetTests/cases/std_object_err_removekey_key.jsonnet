std.objectRemoveKey({}, null)
