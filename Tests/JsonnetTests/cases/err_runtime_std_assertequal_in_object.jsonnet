{
  test_sum: std.assertEqual(1 + 1, 3),
}
