// How runs of operator characters split into tokens.
{
  plus_minus: 1 +- 2,
  minus_minus: 3 -- 1,
  div_plus: 1 /+ 2,
  less_minus: 1 <-2,
  not_not: !!true,
  bitand_neg: 3 &-1,
  not_equal: 1 != 2,
  many_minus: ---------5,
  slice_neg_step_with_colons: [1, 2, 3][2::+1],
}
