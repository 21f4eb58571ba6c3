std.parseJson("\u00e9")
