local o = { z: 1, a: 'two' };
{
  str_num: 'x' + 1,
  num_str: 1 + 'x',
  str_float: 'x' + 1.5,
  str_bignum: 'x' + 1e21,
  str_arr: 'x' + [1, 2],
  str_obj: 'x' + o,
  str_bool: true + 'x',
  str_null: null + 'x',
  str_str: 'x' + 'y',
  str_nested_obj: '' + { a: { b: [] }, c: {} },
  str_fraction: '' + 1 / 3,
}
