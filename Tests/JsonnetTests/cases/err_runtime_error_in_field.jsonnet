{
  a: 1,
  b: error "bad field b",
  c: 3,
}
