std.thisFile()
