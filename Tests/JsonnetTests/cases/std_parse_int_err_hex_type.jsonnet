std.parseHex(["f"])
