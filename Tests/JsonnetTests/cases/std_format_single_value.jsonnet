// Non-array, non-object values are one positional value; mapping keys are ignored for arrays.
{
  number: 'n=%d' % 5,
  string: '<%s>' % 'v',
  bool: '%s' % true,
  'null': '%s' % null,
  key_with_array: '%(a)d %(zz)s' % [1, 'x'],
  key_with_single: '%(a)s' % 'x',
  array_value: '%s' % [[1, 2]],
  two_values: std.format('%s-%s', [1, 2]),
}
