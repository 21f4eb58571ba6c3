std.manifestTomlEx([{ a: 1 }], '  ')
