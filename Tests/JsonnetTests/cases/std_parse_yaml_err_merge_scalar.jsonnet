std.parseYaml("<<: 1")
