std.manifestYamlDoc({ a: [1, error 'bad element'] })
