{
  greet(name, greeting):: greeting + ", " + name,
  msg: self.greet("Bob"),
}
