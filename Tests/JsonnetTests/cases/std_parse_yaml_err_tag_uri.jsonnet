std.parseYaml("a: !<> x")
