{
  local x = 1,
  function: x,
}
