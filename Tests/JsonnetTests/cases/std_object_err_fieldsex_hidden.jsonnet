std.objectFieldsEx({}, "yes")
