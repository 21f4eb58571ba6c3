local base = {
  render():: 'base:' + self.value,
  value:: 1,
  out: self.render(),
};
{
  base: base,
  value_changed: base + { value:: 2 },
  render_changed: base + { render():: 'child[' + super.render() + ']' },
}
