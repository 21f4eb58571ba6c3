{
  'tab\tkey': 1,
  'newline\nkey': 2,
  'quote"key': 3,
  'back\\slash': 4,
  'ctrl\u0001': 5,
  'del\u007f': 6,
  'uni✓': 7,
  '😀': 8,
  '': 9,
}
