std.parseYaml("%YAML 1.2\n---\na")
