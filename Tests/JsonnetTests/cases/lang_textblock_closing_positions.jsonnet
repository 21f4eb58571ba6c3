{
  closing_at_column_zero: |||
    indented text
|||,
  followed_by_plus: |||
    a
  ||| + |||
    b
  |||,
  chomp_trailing_blank: |||-
    a

  |||,
  in_call: std.length(|||
      six spaces of indent
  |||),
}
