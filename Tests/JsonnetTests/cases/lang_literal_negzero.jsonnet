{
  neg_zero: -0,
  neg_zero_float: -0.0,
  product: -1 * 0,
  div: 0 / -5,
  eq: -0 == 0,
  str: std.toString(-0.0),
  in_array: [-0.0],
}
