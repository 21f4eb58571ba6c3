{
  empty: std.length({}),
  visible: std.length({ a: 1, b: 2 }),
  with_hidden: std.length({ a: 1, h:: 2 }),
  only_hidden: std.length({ h:: 2 }),
  forced: std.length({ a::: 1 }),
  inherited_hidden: std.length({ a: 1 } + { a:: 2 }),
  null_name: std.length({ [null]: 1, b: 2 }),
}
