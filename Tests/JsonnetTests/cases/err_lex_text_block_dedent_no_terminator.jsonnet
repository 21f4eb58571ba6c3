{
  t: |||
    deep
   shallower
  |||,
}
