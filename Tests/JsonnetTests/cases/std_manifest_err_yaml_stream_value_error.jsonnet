std.manifestYamlStream(error 'no stream')
