std.assertEqual({a: error "in a"}, {a: 1})
