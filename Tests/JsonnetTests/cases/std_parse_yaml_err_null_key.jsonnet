std.parseYaml("~: a")
