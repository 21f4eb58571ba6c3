std.parseYaml("a: |0\n x")
