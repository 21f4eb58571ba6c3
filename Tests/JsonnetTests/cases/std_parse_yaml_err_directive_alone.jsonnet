std.parseYaml("%YAML 1.1\n---\na")
