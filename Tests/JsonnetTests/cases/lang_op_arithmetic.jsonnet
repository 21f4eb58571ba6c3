{
  add: 2 + 3,
  sub: 2 - 3,
  mul: 4 * 2.5,
  div: 7 / 2,
  mod: 7 % 3,
  mod_neg_left: -7 % 3,
  mod_neg_right: 7 % -3,
  mod_float: 5.5 % 2,
  mod_small: 1 % 5,
  float_sum: 0.5 + 0.25,
}
