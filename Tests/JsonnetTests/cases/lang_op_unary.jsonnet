local x = 5;
{
  neg: -x,
  plus: +x,
  double_neg: - -x,
  not: !true,
  bitnot: ~x,
  bitnot_twice: ~~x,
  neg_expr: -(x + 1),
  plus_str_index: +[1, 2][1],
  neg_precedence: -x * 2,
  not_not: !!false,
  neg_of_neg_zero: -(-0),
}
