local got = 'hello';
std.assertEqual(got, 'Hello\n')
