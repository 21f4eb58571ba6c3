// `%` on a string left operand is formatting; non-array right operands are a single value.
{
  single_num: 'n=%d' % 5,
  single_str: '<%s>' % 'v',
  single_obj_named: '%(k)s' % { k: 'val' },
  obj_as_value: '%s' % [{ k: 'val' }],
  array_values: '%s,%s,%s' % [1, 'b', [3]],
  nested_array_value: '%s' % [[1, [2]]],
  null_value: '%s' % [null],
  bool_value: '%s' % true,
  float_s: '%s' % 0.1,
  int_d_float: '%d' % 2.0,
  named_float: '%(x).3f' % { x: 2 / 3 },
}
