{
  block: |||
    line one
    line two
  |||,
  len: std.length(|||
    ab
  |||),
}
