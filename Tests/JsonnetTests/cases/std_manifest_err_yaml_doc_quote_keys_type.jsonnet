std.manifestYamlDoc({ a: 1 }, false, null)
