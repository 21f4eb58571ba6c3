std.escapeStringPython(function(x) x)
