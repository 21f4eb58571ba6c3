// go-jsonnet also accepts an array as the format: each element is one "character".
{
  chars: std.format(['%', 'd'], [1]),
  literal: std.format(['a', 'b'], []),
  values: std.format([1, 'x', [2], null, {}], []),
  multi_char_literal: std.format(['%d'], []),
  key: std.format(['%', '(', 'a', 'b', ')', 'd'], { ab: 1 }),
  prec: std.format(['%', '.', '2', 'f'], [1]),
  empty: std.format([], []),
  empty_object: std.format({}, []),
}
