{
  x: "k",
  [self.x]: 1,
}
