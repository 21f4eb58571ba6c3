{
  assert_equal: std.assertEqual({ a: [1, 2] }, { a: [1, 2] }),
  primitive: [std.primitiveEquals(1, 1), std.primitiveEquals('a', 'b'), std.primitiveEquals(null, null), std.primitiveEquals(true, true)],
  equals_deep: std.equals({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }),
  equals_differ: std.equals([1, 2], [1, 3]),
  equals_hidden: std.equals({ a: 1, h:: 2 }, { a: 1 }),
  equals_types: std.equals(1, '1'),
}
