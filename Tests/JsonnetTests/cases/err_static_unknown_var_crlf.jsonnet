{
  a: 1,
  b: missing_value,
}
