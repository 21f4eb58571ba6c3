{
  outer: {
    inner: { assert self.v > 0 : "v must be positive", v: 0 },
  },
}
