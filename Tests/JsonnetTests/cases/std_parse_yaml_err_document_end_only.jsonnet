std.parseYaml("...")
