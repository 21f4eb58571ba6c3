// std.manifestJsonMinified: no whitespace at all, empties as [] and {}.
[
  std.manifestJsonMinified({ a: [1, 2, { b: [] }], c: {}, d: 'x y', e: null, f: [[[]]] }),
  std.manifestJsonMinified([]),
  std.manifestJsonMinified('s'),
  std.manifestJsonMinified(value={ k: -1.25 }),
]
