std.escapeStringXML(function(x) x)
