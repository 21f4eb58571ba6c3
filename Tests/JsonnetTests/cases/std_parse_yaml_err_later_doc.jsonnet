std.parseYaml("a: 1\nc: 2\n---\nb: [")
