std.parseYaml(std.repeat('[', 10001) + std.repeat(']', 10001))
