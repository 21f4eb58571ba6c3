std.parseYaml(null)
