{
  a: 1,
  b: self.a + 1,
  c: self.b * 10,
  arr: [self.a, self.b],
  inner: {
    a: 100,
    own: self.a,
  },
  str: 'a=' + self.a,
  hidden_ref:: 'secret',
  uses_hidden: self.hidden_ref,
}
