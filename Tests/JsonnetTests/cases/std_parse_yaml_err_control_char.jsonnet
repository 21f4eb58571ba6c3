std.parseYaml("a: \u0001")
