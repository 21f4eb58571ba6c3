// std.toString uses a compact single-line form.
{
  arr: std.toString([1, 'a', null, true, [2], {}]),
  obj: std.toString({ b: 1, a: [1, 2], c: { d: 'e' } }),
  empty_arr: std.toString([]),
  empty_obj: std.toString({}),
  nested_empty: std.toString({ x: [], y: {} }),
  str: std.toString('already a string'),
  escapes: std.toString(['"\n\t']),
  hidden: std.toString({ a: 1, h:: 2 }),
}
