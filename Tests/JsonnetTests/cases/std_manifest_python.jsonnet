// std.manifestPython: True/False/None, JSON-quoted strings and keys, numbers as in JSON output.
[
  std.manifestPython({ a: 1, b: [true, false, null, 's\u0001é\u007f\u2028"\'', [], {}], c: { d: {} }, 'k"ey': 2, '': 3, h:: 4 }),
  std.manifestPython('a'),
  std.manifestPython([]),
  std.manifestPython({}),
  std.manifestPython([0.1, 1e100, 1e-7, -0, 1 / 3]),
  std.manifestPython(v=[[1], { x: [] }]),
]
