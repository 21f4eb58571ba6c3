{
  t: |||
flush left
  |||,
}
