std.parseOctal("")
