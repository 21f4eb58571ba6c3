std.objectFields("abc")
