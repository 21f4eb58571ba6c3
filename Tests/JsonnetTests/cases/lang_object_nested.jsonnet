{
  a: { b: { c: { d: { e: 'deep' } } } },
  sibling: { x: 1, y: { z: [1, { w: 2 }] } },
  empty_inner: { e: {} },
  access: self.a.b.c.d.e,
}
