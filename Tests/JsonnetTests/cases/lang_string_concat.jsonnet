{
  simple: 'foo' + 'bar',
  num_right: 'n=' + 5,
  num_left: 5 + '=n',
  float: 'x' + 0.5,
  bool: 'b' + true,
  nul: 'n' + null,
  arr: 'a' + [1, 'two', null],
  obj: 'o' + { b: 2, a: [1] },
  empty: '' + '',
  chain: 1 + 2 + 'x' + 1 + 2,
  chain2: 'x' + (1 + 2),
  unicode: 'ü' + '✓',
}
