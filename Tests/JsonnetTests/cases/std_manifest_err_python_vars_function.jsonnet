std.manifestPythonVars({ a: 1, b: [std.length] })
