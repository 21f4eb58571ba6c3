{
  shown: 1,
  hidden:: 2,
  nested: { shown: 'x', hidden:: 'y', deeper: { h:: 1 } },
  in_array: [{ a: 1, b:: 2 }],
  forced::: 'visible',
}
