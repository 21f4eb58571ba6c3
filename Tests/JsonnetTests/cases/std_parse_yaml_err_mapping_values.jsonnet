std.parseYaml("a: b: c")
