std.parseYaml("a: \"\\x4\"")
