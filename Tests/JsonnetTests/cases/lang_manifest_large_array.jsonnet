{
  numbers: std.range(1, 120),
  count: std.length(std.range(1, 120)),
}
