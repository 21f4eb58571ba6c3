{
  pairs: [[x, y] for x in [1, 2] for y in ['a', 'b']],
  dependent: [[x, y] for x in std.range(1, 3) for y in std.range(x, 3)],
  if_between: [x + y for x in [1, 2, 3] if x != 2 for y in [10, 20]],
  if_after: [[x, y] for x in [1, 2, 3] for y in [1, 2, 3] if x < y],
  multiple_ifs: [x for x in std.range(1, 30) if x % 2 == 0 if x % 3 == 0],
  triple: [x + y + z for x in [100, 200] for y in [10, 20] for z in [1, 2]],
  shadow: [x for x in [1, 2] for x in [x * 10, x * 100]],
}
