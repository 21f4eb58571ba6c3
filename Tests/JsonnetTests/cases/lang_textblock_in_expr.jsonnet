local header = |||
  # Header
|||;
[
  header,
  header + |||
    body
  |||,
  std.length(|||
    12345
  |||),
  [|||
    in array
  |||],
]
