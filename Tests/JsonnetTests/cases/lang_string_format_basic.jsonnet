{
  s: '%s' % 'x',
  d: '%d' % 42,
  two: '%s and %s' % ['a', 'b'],
  percent: '100%%' % [],
  num_as_s: '%s' % 1.5,
  arr_as_s: '%s' % [[1, 2]],
  obj_as_s: '%s' % [{ a: 1 }],
  bool: '%s %s' % [true, null],
  named: '%(a)s-%(b)s' % { a: 1, b: 'two' },
  named_repeat: '%(x)s%(x)s' % { x: 'ab' },
  single_non_array: 'v=%d' % 7,
}
