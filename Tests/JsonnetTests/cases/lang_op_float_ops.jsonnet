{
  div_third: 1 / 3,
  mul_back: (1 / 3) * 3,
  mod_float: 7.5 % 2,
  mod_neg_float: -7.5 % 2,
  sub_close: 1 - 0.9,
  large_plus_small: 1e16 + 1,
  cmp_float: 0.1 * 3 > 0.3,
}
