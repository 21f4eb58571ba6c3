std.parseYaml("{b: 1, a: [], 1: 2}: x")
