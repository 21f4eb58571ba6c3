local base = { 'a b': [1], 'c': 'x' };
base + {
  'a b'+: [2],
  ['c']+: 'y',
  'new key'+: { k: 1 },
}
