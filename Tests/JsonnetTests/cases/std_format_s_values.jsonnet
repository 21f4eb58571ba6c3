// %s converts any value the way std.toString does.
{
  string: '%s' % 'text',
  empty: '[%s]' % '',
  int: '%s' % 42,
  float: '%s' % 0.1,
  neg_zero: '%s' % -0,
  big: '%s' % 1e21,
  small: '%s' % 1e-7,
  null_in_array: '%s' % [null],
  bools: '%s/%s' % [true, false],
  array: '%s' % [[1, 'a', null]],
  nested: '%s' % [[[1, [2]], {}]],
  object: '%s' % [{ b: 2, a: [1], h:: 'hidden' }],
  empty_containers: '%s %s' % [[[]], {}],
  unicode: '%s' % '日本☃',
  string_with_percent: '%s' % '100% %d',
}
