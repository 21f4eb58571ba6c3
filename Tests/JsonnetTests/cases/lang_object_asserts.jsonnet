local checked = {
  assert self.min <= self.max : 'min must not exceed max',
  assert std.isNumber(self.min),
  min: 1,
  max: 5,
};
{
  ok: checked,
  overridden_ok: checked + { max: 10 },
  nested: { inner: { assert true, v: 1 } },
  assert_with_local: { local limit = 3, assert self.n < limit, n: 2 },
}
