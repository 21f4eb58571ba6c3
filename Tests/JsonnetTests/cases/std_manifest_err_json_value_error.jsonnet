std.manifestJson(error 'no value')
