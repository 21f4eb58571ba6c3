// Commas are allowed before the for clause of an object comprehension, also around locals.
{
  comma_before_for: { [k]: 1, for k in ['a', 'b'] },
  locals_and_commas: { local a = 1, [k]: a + b, local b = 2, for k in ['c'] },
}
