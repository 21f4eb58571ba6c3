{
  simple: { [k]: std.length(k) for k in ['a', 'bb', 'ccc'] },
  computed_key: { ['key_' + x]: x * x for x in [1, 2, 3] },
  filtered: { [k]: true for k in ['x', 'y', 'z'] if k != 'y' },
  empty: { [k]: 1 for k in [] },
  nested_for: { [a + b]: [a, b] for a in ['p', 'q'] for b in ['1', '2'] },
  values_objects: { [k]: { name: k } for k in ['m', 'n'] },
}
