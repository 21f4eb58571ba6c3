// leading comment
// another

{
  a: 1,
  b: [
    1,
    2,
  ],
  c: {
    d: 'x',
    e: [null, { f: error 'line eleven' }],
  },
}
