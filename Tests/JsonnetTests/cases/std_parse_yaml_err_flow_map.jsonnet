std.parseYaml("{a: 1")
