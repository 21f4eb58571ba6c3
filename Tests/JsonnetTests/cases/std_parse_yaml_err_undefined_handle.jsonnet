std.parseYaml("a: !x!y 1")
