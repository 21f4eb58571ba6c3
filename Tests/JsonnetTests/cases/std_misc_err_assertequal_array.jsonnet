std.assertEqual([1, "two", {three: 3}], [1, "two", {three: "3"}])
