std.parseYaml("a: !!int abc")
