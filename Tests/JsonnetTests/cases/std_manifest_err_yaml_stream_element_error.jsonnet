std.manifestYamlStream([1, error 'bad document'])
