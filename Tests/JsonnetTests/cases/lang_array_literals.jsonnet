{
  empty: [],
  one: [1],
  mixed: [1, 'two', null, true, { a: 1 }, [2]],
  trailing_comma: [1, 2, 3,],
  nested_trailing: [[1,], [2, [3,],],],
  expressions: [1 + 1, 'a' + 'b', [0][0]],
  multiline: [
    'x',
    'y',
  ],
}
