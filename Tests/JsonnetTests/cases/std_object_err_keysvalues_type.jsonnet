std.objectKeysValues(1)
