std.parseYaml("&a [*a]")
