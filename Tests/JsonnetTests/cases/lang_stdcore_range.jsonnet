{
  simple: std.range(0, 4),
  single: std.range(3, 3),
  empty: std.range(5, 4),
  negative: std.range(-3, 1),
}
