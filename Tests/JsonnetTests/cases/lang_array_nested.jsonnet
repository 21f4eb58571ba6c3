local grid = [[r * 3 + c for c in std.range(0, 2)] for r in std.range(0, 2)];
{
  grid: grid,
  cell: grid[1][2],
  deep: [[[[['bottom']]]]][0][0][0][0][0],
  ragged: [[], [1], [1, 2], [[]]],
  lengths: std.map(std.length, [[], [1], [1, 2], [[]]]),
}
