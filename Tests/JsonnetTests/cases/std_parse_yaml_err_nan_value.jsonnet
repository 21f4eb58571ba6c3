std.parseYaml("a: [1, .nan]")
