std.objectKeysValuesAll({a:: error "hidden a"})
