{
  sub: 10 - 3 - 2,
  div: 100 / 10 / 5,
  mod: 100 % 7 % 3,
  mixed_mul_div: 12 / 3 * 2,
  shift: 1 << 4 >> 2,
  concat: 'a' + 'b' + 'c',
  str_num: 1 + 2 + '3',
  num_str: '1' + 2 + 3,
  bitor_chain: 1 | 2 | 4,
  cmp_chain: 1 < 2 == 3 > 2,
}
