std.escapeStringJson(function(x) x)
