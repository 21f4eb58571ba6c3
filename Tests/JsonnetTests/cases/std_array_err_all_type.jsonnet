std.all("ab")
