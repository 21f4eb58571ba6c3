{
  inner_blank: |||
    first

    third
  |||,
  several_blank: |||
    a


    b
  |||,
  trailing_blank: |||
    a

  |||,
}
