{
  z: error "z fails",
  a: error "a fails",
}
