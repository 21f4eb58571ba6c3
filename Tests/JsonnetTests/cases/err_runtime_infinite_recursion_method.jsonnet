{
  loop(n):: self.loop(n) + 1,
  out: self.loop(0),
}
