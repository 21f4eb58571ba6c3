std.parseYaml("&!a x")
