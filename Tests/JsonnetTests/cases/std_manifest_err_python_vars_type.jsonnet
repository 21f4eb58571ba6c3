std.manifestPythonVars([1])
