{
  a: self.b * 2,
  b: self.c + 1,
  c: "text" * 1,
}
