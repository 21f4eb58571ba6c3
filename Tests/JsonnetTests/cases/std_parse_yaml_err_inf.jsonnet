std.parseYaml(".inf")
