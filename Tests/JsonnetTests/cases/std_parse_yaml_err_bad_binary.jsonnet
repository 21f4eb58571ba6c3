std.parseYaml("a: !!binary \"a?\"")
