{
  local outer = 'o',
  a: {
    local inner = outer + 'i',
    v: inner,
    w: outer,
  },
  local uses_self = self.b,
  b: 'b value',
  c: uses_self,
}
