// std.manifestPythonVars: one "name = value" line per visible field, names unquoted.
[
  std.manifestPythonVars({ a: 1, b: [true, null, { c: 'x' }], 'c d': 2, '': 3, h:: 4 }),
  std.manifestPythonVars({}),
  std.manifestPythonVars(conf={ x: 'y' }),
]
