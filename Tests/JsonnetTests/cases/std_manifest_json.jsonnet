// std.manifestJson: four-space indent, empties as "[\n\n    ]", keys sorted, hidden fields left out.
local v = {
  b: [1, [], {}, [[]], { x: null, y: true }],
  a: { nested: { deeper: ['s', 1.5, -0] } },
  hidden:: 'no',
  'é': 'unicode ✓ 😀',
  '': 'empty key',
};
[
  std.manifestJson(v),
  std.manifestJson([]),
  std.manifestJson({}),
  std.manifestJson('str'),
  std.manifestJson(null),
  std.manifestJson(value=[1, 2]),
]
