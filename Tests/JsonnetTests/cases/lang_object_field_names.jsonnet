{
  plain: 1,
  'single quoted': 2,
  "double quoted": 3,
  ['computed' + '_name']: 4,
  '': 'empty name',
  'with.dot': 5,
  '123': 'numeric string',
  'unicode ✓': 6,
  [std.toString(7)]: 'from number',
  @'verbatim\name': 8,
  |||
    textblock name
  |||: 9,
  'if': 'keyword as quoted name',
}
