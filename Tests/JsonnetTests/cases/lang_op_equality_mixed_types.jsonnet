// == across different types is false rather than an error.
{
  num_str: 1 == '1',
  str_arr: 'a' == ['a'],
  null_obj: null == {},
  null_arr: null == [],
  bool_num: true == 1,
  func_null: (function(x) x) == null,
  int_float_in_obj: { a: 1 } == { a: 1.0 },
  int_float_in_arr: [1] == [1.0],
  ne_types: 0 != false,
}
