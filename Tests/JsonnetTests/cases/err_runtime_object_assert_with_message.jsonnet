{
  port: 80,
  assert self.port > 1024 : "port " + self.port + " is privileged",
}
