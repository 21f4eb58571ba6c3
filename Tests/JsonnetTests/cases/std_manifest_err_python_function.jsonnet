std.manifestPython(function(x) x)
