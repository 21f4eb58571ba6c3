std.parseYaml("a: 1\nb\n")
