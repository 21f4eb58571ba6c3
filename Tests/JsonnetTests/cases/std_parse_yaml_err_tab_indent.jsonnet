std.parseYaml("a:\n\tb: 1")
