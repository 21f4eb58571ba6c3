local a = ['a', 'b', 'c', 'd'];
{
  by_length: a[std.length('xy')],
  last_via_len: a[std.length(a) - 1],
  by_float_expr: a[6 / 3],
  in_comprehension: [a[std.length(a) - 1 - i] for i in std.range(0, 3)],
  by_codepoint: a[std.codepoint('b') - std.codepoint('a')],
}
