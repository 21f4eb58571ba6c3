std.parseJson("NaN")
