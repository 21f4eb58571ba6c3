std.escapeStringDollars(function(x) x)
