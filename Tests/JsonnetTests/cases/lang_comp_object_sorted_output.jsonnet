// Output order of a comprehension follows key sorting, not iteration order.
{
  reversed: { [k]: k for k in ['c', 'b', 'a'] },
  numeric_strings: { ['a' + i]: i for i in [1, 10, 2] },
}
