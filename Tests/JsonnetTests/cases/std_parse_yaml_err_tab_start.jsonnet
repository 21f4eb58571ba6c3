std.parseYaml("\tA: 1")
