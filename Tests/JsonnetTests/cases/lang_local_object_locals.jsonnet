{
  local base = 10,
  local double(x) = x * 2,
  local selfRef = self.visible,
  visible: base,
  doubled: double(base),
  viaLocal: selfRef + 1,
  local after = 'defined after use',
  usesAfter: after,
  nested: {
    local base = 20,
    inner: base,
    outer_fn: double(base),
  },
}
