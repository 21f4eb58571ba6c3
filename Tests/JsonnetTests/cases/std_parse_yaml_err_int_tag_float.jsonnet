std.parseYaml("a: !!int 1.5")
