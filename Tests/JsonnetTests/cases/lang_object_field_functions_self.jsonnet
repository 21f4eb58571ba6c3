// Default arguments of methods can reference self.
local o = {
  base: 10,
  add(x, y=self.base):: x + y,
  scale(k=$.base):: self.base * k,
};
{
  add_default: o.add(1),
  add_explicit: o.add(1, 2),
  scale: o.scale(),
  overridden: (o + { base: 3 }).add(1),
}
