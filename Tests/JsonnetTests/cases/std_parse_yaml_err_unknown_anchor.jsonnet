std.parseYaml("key: *x")
