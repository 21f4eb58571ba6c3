std.manifestYamlStream([1], false, 'no')
