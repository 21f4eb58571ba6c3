{ file: std.thisFile }
