{
  numbers: std.assertEqual(1, 1),
  objects: std.assertEqual({a: [1, {b: null}], h:: 1}, {a: [1, {b: null}]}),
  strings: std.assertEqual("é", "é"),
  named: std.assertEqual(b=[], a=[]),
}
