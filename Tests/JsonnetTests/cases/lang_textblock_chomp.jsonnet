{
  kept: |||
    text
  |||,
  chomped: |||-
    text
  |||,
  chomped_multi: |||-
    a
    b
  |||,
  concat: |||-
    x
  ||| + 'y',
}
