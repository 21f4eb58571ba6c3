std.char(1114111.5)
