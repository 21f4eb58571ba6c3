std.parseYaml("- 'its")
