std.manifestYamlStream([1], 1)
