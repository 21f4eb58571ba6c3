{
  assert self.port > 1024,
  port: 80,
}
