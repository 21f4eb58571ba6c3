std.parseYaml("a: !!null x")
