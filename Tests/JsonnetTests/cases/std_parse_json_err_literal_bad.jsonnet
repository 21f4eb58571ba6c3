std.parseJson("trux")
