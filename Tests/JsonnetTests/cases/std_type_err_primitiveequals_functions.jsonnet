std.primitiveEquals(std.id, function(x) x)
