local base = { a: { b: { c: 1, d: 2 }, e: 3 }, f: 'keep' };
{
  shallow_replace: base + { a: { b: { c: 10 } } },
  one_level: base + { a+: { e: 30 } },
  two_levels: base + { a+: { b+: { c: 10 } } },
  new_field: base + { g+: { h: 1 } },
  new_nested: base + { a+: { x+: { y: 1 } } },
}
