std.parseYaml("a: \"\\/\"")
