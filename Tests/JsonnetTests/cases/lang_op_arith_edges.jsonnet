{
  neg_zero_mod: -0 % 5,
  mod_exact_float: 5 % 0.5,
  mod_result_neg_zero: -4 % 2,
  div_neg_zero: -0 / 1,
  mul_neg_zero: 0 * -1,
  sub_to_zero: 0.1 - 0.1,
  big_sum: 9007199254740992 + 1,
  big_product: 123456789 * 987654321,
  tiny_product: 1e-200 * 1e-200,
}
