// Different spellings of the same numbers.
{
  zero: [0, 0.0, 0e0, 0.000, 0E5],
  hundred: [100, 1e2, 1.0e2, 1.0E+2, 10000e-2, 100.000],
  half: [0.5, 5e-1, 50e-2, 0.50],
  all_equal: 1e2 == 100 && 5e-1 == 0.5,
}
