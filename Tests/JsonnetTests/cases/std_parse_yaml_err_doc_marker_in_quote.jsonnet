std.parseYaml("a: \"x\n---\ny\"")
