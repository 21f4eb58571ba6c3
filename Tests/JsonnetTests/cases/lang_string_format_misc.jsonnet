{
  s_prec_ignored: '[%5.1s]' % 'abc',
  c_left: '[%-5c]' % 65,
  pct_width: '[%5%]' % [],
  named_and_pct: '%(a)s %%' % { a: 1 },
  empty_array_value: '%s' % [[]],
  empty_object_value: '%s' % [{}],
  x_float: '%x' % 3.7,
  d_neg_float: '%d' % -3.7,
  no_specs: 'plain' % [],
  str_value_d: '%s' % 'with %d inside',
}
