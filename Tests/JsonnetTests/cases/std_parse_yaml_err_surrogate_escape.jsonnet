std.parseYaml("a: \"\\ud800\"")
