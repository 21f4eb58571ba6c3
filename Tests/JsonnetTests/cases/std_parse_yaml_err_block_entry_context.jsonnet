std.parseYaml("a: - b")
