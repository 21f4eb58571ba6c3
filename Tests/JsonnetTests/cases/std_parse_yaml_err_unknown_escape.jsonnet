std.parseYaml("a: \"\\q\"")
