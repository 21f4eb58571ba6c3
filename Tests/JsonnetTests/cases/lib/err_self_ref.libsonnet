{
  base:: { port: 80 },
  derived: self.base.host,
}
