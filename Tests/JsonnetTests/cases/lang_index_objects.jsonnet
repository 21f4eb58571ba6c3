local o = { a: 1, 'b c': 2, nested: { deep: { v: 'x' } }, h:: 'hidden', 'if': 'kw' };
{
  dot: o.a,
  bracket: o['a'],
  quoted: o['b c'],
  chain: o.nested.deep.v,
  mixed: o['nested'].deep['v'],
  hidden: o.h,
  computed: o['nest' + 'ed'].deep.v,
  keyword_field: o['if'],
  array_in_object: { arr: [1, 2, 3] }.arr[1],
}
