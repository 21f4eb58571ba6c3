std.parseYaml("a: -.Inf")
