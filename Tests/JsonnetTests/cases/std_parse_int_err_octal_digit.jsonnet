std.parseOctal("78")
