std.manifestPython(error 'no value')
