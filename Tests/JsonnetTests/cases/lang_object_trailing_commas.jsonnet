{
  a: { x: 1, },
  b: { local l = 1, y: l, },
  c: { assert true, z: 3, },
  d: {},
}
