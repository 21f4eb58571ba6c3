{
  local fact(n) = if n <= 1 then 1 else n * fact(n - 1),
  local a = b + 1,
  local b = 10,
  fact5: fact(5),
  chain: a,
  local useField = self.fact5 * 2,
  fromField: useField,
}
