{
  squares: [x * x for x in [1, 2, 3, 4]],
  filtered: [x for x in std.range(1, 10) if x % 3 == 0],
  empty_source: [x for x in []],
  none_pass: [x for x in [1, 2] if false],
  strings: [s + '!' for s in ['a', 'b']],
  objects: [{ v: x } for x in [1, 2]],
  comma_before_for: [x, for x in [1, 2]],
}
