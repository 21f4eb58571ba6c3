std.assertEqual(std.id, 1)
