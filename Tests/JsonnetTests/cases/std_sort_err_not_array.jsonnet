std.sort("abc")
