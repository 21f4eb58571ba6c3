std.xnor("true", false)
