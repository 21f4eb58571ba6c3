std.length(std.parseYaml(std.repeat('- ', 10000) + 'a'))
