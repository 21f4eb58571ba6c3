std.set("cab")
