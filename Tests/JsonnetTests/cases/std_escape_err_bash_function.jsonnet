std.escapeStringBash(function(x) x)
