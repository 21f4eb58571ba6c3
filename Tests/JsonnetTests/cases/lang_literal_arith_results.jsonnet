// Results of arithmetic printed as integers or floats.
{
  whole_div: 10 / 2,
  frac_div: 10 / 4,
  mult: 0.1 * 3,
  big_mult: 1e10 * 1e10,
  sum: 1e15 + 0.5,
  round_trip: 3.0,
  neg_frac: -7 / 2,
  thirds: [1 / 3 * 3, 2 / 3 + 1 / 3],
  many_digits: 1234567.891,
  hundredth: 1 / 100,
}
