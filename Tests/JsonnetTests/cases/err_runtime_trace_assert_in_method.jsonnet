{
  validate(x)::
    assert x != null : 'value required';
    x,
  out: self.validate(null),
}
