{
  max: [std.max(a, b) for a in [0, -0, 1, -1, 2.5] for b in [0, -0, 1, -2.5]],
  min: [std.min(a, b) for a in [0, -0, 1, -1, 2.5] for b in [0, -0, 1, -2.5]],
  named: [std.max(a=1, b=2), std.max(b=1, a=2), std.min(a=1, b=2), std.min(b=1, a=2)],
}
