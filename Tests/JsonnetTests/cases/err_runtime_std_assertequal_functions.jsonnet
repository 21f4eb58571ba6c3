local f(x) = x;
std.assertEqual(f, f)
