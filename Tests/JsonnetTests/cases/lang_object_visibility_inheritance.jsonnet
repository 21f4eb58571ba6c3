local base = { a: 1, b:: 2, c::: 3 };
{
  hide_visible: base + { a:: 10 },
  plain_keeps_hidden: base + { b: 20 },
  force_hidden: base + { b::: 20 },
  plain_keeps_forced: base + { c: 30 },
  hide_forced: base + { c:: 30 },
  chain: base + { a:: 1 } + { a: 2 },
  chain_force: base + { a:: 1 } + { a::: 2 },
  fields_all: std.objectFieldsAll(base + { d:: 4 }),
}
