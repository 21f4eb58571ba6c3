{
  hidden:: error "never manifested",
  shown: self.other,
  other:: error "reached through self",
}
