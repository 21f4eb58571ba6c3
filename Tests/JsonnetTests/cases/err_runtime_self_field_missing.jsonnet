{
  a: self.b,
}
