std.manifestPythonVars(error 'no conf')
