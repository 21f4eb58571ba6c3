std.parseYaml("[1,2")
