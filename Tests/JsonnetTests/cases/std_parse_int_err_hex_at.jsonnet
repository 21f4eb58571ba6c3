std.parseHex("@")
