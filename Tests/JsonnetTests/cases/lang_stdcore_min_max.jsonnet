{
  max: [std.max(1, 2), std.max(2, 1), std.max(-1, -2), std.max(1.5, 1.25)],
  min: [std.min(1, 2), std.min(2, 1), std.min(-1, -2), std.min(1.5, 1.25)],
  equal: [std.max(3, 3), std.min(3, 3)],
}
