std.assertEqual(1, error "rhs")
