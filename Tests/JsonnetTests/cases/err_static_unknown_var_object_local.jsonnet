{
  local helper = missing + 1,
  value: helper,
}
