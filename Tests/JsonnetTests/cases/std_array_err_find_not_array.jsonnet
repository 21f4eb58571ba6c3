std.find(1, "abc")
