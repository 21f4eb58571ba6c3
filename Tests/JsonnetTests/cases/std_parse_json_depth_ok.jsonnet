std.length(std.parseJson(std.repeat('[', 10000) + std.repeat(']', 10000)))
