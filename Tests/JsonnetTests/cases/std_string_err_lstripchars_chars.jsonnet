std.lstripChars("abc", {})
