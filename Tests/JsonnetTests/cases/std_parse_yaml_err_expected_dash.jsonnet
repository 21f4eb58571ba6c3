std.parseYaml("a:\n  - b\n  c: d")
