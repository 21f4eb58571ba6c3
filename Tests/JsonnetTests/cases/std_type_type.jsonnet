[std.type(x) for x in [null, true, 0, -1.5, "", "é", [], {}, {a:: 1}, function(x) x, std.type, std]]
