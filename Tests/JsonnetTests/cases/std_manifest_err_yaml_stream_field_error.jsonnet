std.manifestYamlStream([{ a: error 'bad field' }])
