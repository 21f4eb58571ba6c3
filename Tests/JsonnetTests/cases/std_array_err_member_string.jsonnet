std.member("abc", 1)
