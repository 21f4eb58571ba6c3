{
  local secret = error "not set",
  visible: 1,
  derived: secret,
}
