std.manifestToml(error 'no value')
