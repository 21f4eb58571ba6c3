std.manifestToml('x')
